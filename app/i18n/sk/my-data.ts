// The Slovak of ../cs/my-data.ts.
import type { myDataCs } from "../cs/my-data";

export const myDataSk: Record<keyof typeof myDataCs, string> = {
  "myData.title": "Vaše údaje",
  "myData.lead":
    "Stiahnite si všetko, čo o vás Spolu uchováva, v jednom súbore JSON, alebo svoj účet zmažte.",
  "myData.download": "Stiahnuť moje údaje (JSON)",
  "myData.deleteLink": "Zmazať účet",

  "myData.export.about":
    "Všetko, čo platforma Spolu Zväzu miest a obcí Českej republiky uchováva o vašom účte, k dátumu exportu: účet, prihlásené zariadenia, profil obce alebo ponuky, ktoré spravujete (vrátane kontaktných údajov), prejavy záujmu, ktorých ste stranou, partnerstvá, upozornenia, e-maily, ktoré sme vám poslali, a záznamy o krokoch, ktoré ste urobili.",
  "myData.export.password":
    "Heslo ukladáme iba ako jednosmerný odtlačok (bcrypt); samotné heslo nepoznáme a odtlačok do exportu nepatrí.",
  "myData.export.secrets":
    "Identifikátory relácií a jednorazové odkazy (potvrdenie e-mailu, obnova hesla) sú kľúčmi k účtu: export uvádza iba to, že existujú, nie ich samotné.",
  "myData.export.contacts":
    "Prejavy záujmu sú také, ako ich vidíte na ich stránke: kontaktné údaje druhej strany iba od chvíle, keď bol prejav záujmu prijatý.",
  "myData.export.staffNotes":
    "Pracovníci Zväzu si k vašej obci, ponukám alebo prejavom záujmu vedú interné poznámky ({count}). Nie sú súčasťou exportu; ich znenie si môžete vyžiadať od Zväzu miest a obcí Českej republiky.",
  "myData.export.staffNotesNone":
    "O vašej obci, ponukách ani prejavoch záujmu nemá Zväz žiadne interné poznámky.",
  "myData.export.staffNotesStaff":
    "Interné poznámky, ktoré ste písali, zostávajú pri obciach a ponukách, ktorých sa týkajú; nie sú súčasťou exportu.",

  "myData.delete.title": "Zmazať účet",
  "myData.delete.lead":
    "Zmazanie nemožno vrátiť späť. Skôr ako budete pokračovať, môžete si stiahnuť svoje údaje.",
  "myData.delete.erasedTitle": "Čo zmažeme",
  "myData.delete.erasedAccount":
    "Vaše meno, e-mail, heslo, jazyk a nastavenia e-mailov; prihlásenia na všetkých zariadeniach, upozornenia a e-maily určené vám.",
  "myData.delete.erasedMunicipality":
    "Kontaktnú osobu, funkciu, e-mail a telefón v profile obce {name}. Verejný profil obce zostáva: patrí obci, nie vám. Na prejavy záujmu za obec potom odpovedá Zväz.",
  "myData.delete.erasedOffers": "Kontaktnú osobu, e-mail a telefón vo všetkých vašich ponukách.",
  "myData.delete.offersTitle": "Ponuky, ktoré uzavrieme",
  "myData.delete.offersNone": "Nemáte žiadnu otvorenú ponuku.",
  "myData.delete.offersCaption": "Ponuky, ktoré sa zmazaním účtu uzavrú",
  "myData.delete.town": "Mesto",
  "myData.delete.status": "Súčasný stav",
  "myData.delete.contactsTitle": "Prejavy záujmu",
  "myData.delete.contactsOpen":
    "Otvorené prejavy záujmu ({count}) ukončíme: tie, ktoré ste poslali, stiahneme, ostatné odmietneme alebo stiahneme. Druhá strana dostane upozornenie, aby nikto nečakal zbytočne.",
  "myData.delete.contactsActive":
    "Prijaté prejavy záujmu a rozpracované partnerstvá ({count}) zostávajú obciam; za vašu stranu v nich ďalej koná Zväz.",
  "myData.delete.contactsNone": "Nie ste stranou žiadneho otvoreného prejavu záujmu.",
  "myData.delete.keptTitle": "Čo zostane bez vášho mena",
  "myData.delete.kept":
    "História krokov (kto čo kedy schválil, poslal, odmietol) zostáva kvôli dohľadateľnosti, ale namiesto vás v nej bude „zmazaný účet“. Správy vo vláknach zostávajú druhej strane, vaše meno, e-mail a telefón z nich vymažeme.",
  "myData.delete.formTitle": "Potvrdenie",
  "myData.delete.password": "Vaše súčasné heslo",
  "myData.delete.confirm": "Rozumiem, že zmazanie účtu je nevratné.",
  "myData.delete.submit": "Natrvalo zmazať účet",
  "myData.delete.cancel": "Späť na Môj účet",
  "myData.delete.passwordWrong": "Heslo nie je správne.",
  "myData.delete.confirmRequired": "Potvrďte, prosím, že rozumiete, že zmazanie je nevratné.",
  "myData.delete.lastStaff":
    "Ste posledný pracovník Zväzu. Skôr ako svoj účet zmažete, vytvorte v sekcii Správa účet pre kolegu – inak by nikto nemohol schvaľovať ponuky ani zakladať účty.",
  "myData.delete.demo":
    "Ukážkové účty zdieľajú všetci, ktorí si Spolu skúšajú, a preto ich nemožno zmazať.",
  "myData.delete.tooMany": "Príliš veľa pokusov. Skúste to, prosím, o chvíľu.",
  "myData.delete.done": "Váš účet bol zmazaný a ste odhlásení. Ďakujeme, že ste Spolu používali.",

  "history.action.owner_deleted": "Zástupca obce zmazal svoj účet",
  "history.action.account_deleted": "Účet zmazaný",
  "history.deletedAccount": "zmazaný účet",
};
