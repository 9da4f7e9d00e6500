// The user's own data: the JSON export at /me/data and deleting the account at /me/delete.
export const myDataCs = {
  "myData.title": "Vaše data",
  "myData.lead":
    "Stáhněte si vše, co o vás Spolu uchovává, v jednom souboru JSON, nebo svůj účet smažte.",
  "myData.download": "Stáhnout moje data (JSON)",
  "myData.deleteLink": "Smazat účet",

  "myData.export.about":
    "Vše, co platforma Spolu Svazu měst a obcí ČR uchovává o vašem účtu, k datu exportu: účet, přihlášená zařízení, profil obce nebo nabídky, které spravujete (včetně kontaktních údajů), projevy zájmu, jichž jste stranou, partnerství, upozornění, e-maily, které jsme vám poslali, a záznamy o krocích, které jste udělali.",
  "myData.export.password":
    "Heslo ukládáme jen jako jednosměrný otisk (bcrypt); samotné heslo neznáme a otisk do exportu nepatří.",
  "myData.export.secrets":
    "Identifikátory relací a jednorázové odkazy (potvrzení e-mailu, obnova hesla) jsou klíče k účtu: export uvádí jen to, že existují, ne je samotné.",
  "myData.export.contacts":
    "Projevy zájmu jsou takové, jak je vidíte na jejich stránce: kontaktní údaje druhé strany jen od chvíle, kdy byl projev zájmu přijat.",
  "myData.export.staffNotes":
    "Pracovníci Svazu si k vaší obci, nabídkám nebo projevům zájmu vedou interní poznámky ({count}). Nejsou součástí exportu; jejich znění si můžete vyžádat u Svazu měst a obcí ČR.",
  "myData.export.staffNotesNone":
    "O vaší obci, nabídkách ani projevech zájmu nemá Svaz žádné interní poznámky.",
  "myData.export.staffNotesStaff":
    "Interní poznámky, které jste psali, zůstávají u obcí a nabídek, kterých se týkají; nejsou součástí exportu.",

  "myData.delete.title": "Smazat účet",
  "myData.delete.lead": "Smazání nelze vrátit. Než budete pokračovat, můžete si stáhnout svá data.",
  "myData.delete.erasedTitle": "Co smažeme",
  "myData.delete.erasedAccount":
    "Vaše jméno, e-mail, heslo, jazyk a nastavení e-mailů; přihlášení na všech zařízeních, upozornění a e-maily určené vám.",
  "myData.delete.erasedMunicipality":
    "Kontaktní osobu, funkci, e-mail a telefon v profilu obce {name}. Veřejný profil obce zůstává: patří obci, ne vám. Na projevy zájmu za obec pak odpovídá Svaz.",
  "myData.delete.erasedOffers": "Kontaktní osobu, e-mail a telefon ve všech vašich nabídkách.",
  "myData.delete.offersTitle": "Nabídky, které uzavřeme",
  "myData.delete.offersNone": "Nemáte žádnou otevřenou nabídku.",
  "myData.delete.offersCaption": "Nabídky, které se smazáním účtu uzavřou",
  "myData.delete.town": "Město",
  "myData.delete.status": "Stav nyní",
  "myData.delete.contactsTitle": "Projevy zájmu",
  "myData.delete.contactsOpen":
    "Otevřené projevy zájmu ({count}) ukončíme: ty, které jste poslali, stáhneme, ostatní odmítneme nebo stáhneme. Druhá strana dostane upozornění, aby nikdo nečekal zbytečně.",
  "myData.delete.contactsActive":
    "Přijaté projevy zájmu a rozjednaná partnerství ({count}) zůstávají obcím; za vaši stranu v nich dál jedná Svaz.",
  "myData.delete.contactsNone": "Nejste stranou žádného otevřeného projevu zájmu.",
  "myData.delete.keptTitle": "Co zůstane bez vašeho jména",
  "myData.delete.kept":
    "Historie kroků (kdo co kdy schválil, poslal, odmítl) zůstává kvůli dohledatelnosti, ale místo vás v ní bude „smazaný účet“. Zprávy ve vláknech zůstávají druhé straně, vaše jméno, e-mail a telefon z nich vymažeme.",
  "myData.delete.formTitle": "Potvrzení",
  "myData.delete.password": "Vaše současné heslo",
  "myData.delete.confirm": "Rozumím, že smazání účtu je nevratné.",
  "myData.delete.submit": "Trvale smazat účet",
  "myData.delete.cancel": "Zpět na Můj účet",
  "myData.delete.passwordWrong": "Heslo nesouhlasí.",
  "myData.delete.confirmRequired": "Potvrďte prosím, že rozumíte, že smazání je nevratné.",
  "myData.delete.lastStaff":
    "Jste poslední pracovník Svazu. Než svůj účet smažete, vytvořte v sekci Správa účet pro kolegu – jinak by nikdo nemohl schvalovat nabídky ani zakládat účty.",
  "myData.delete.demo":
    "Ukázkové účty sdílí všichni, kdo si Spolu zkoušejí, a proto je nelze smazat.",
  "myData.delete.tooMany": "Příliš mnoho pokusů. Zkuste to prosím za chvíli.",
  "myData.delete.done": "Váš účet byl smazán a jste odhlášeni. Děkujeme, že jste Spolu používali.",

  "history.action.owner_deleted": "Zástupce obce smazal svůj účet",
  "history.action.account_deleted": "Účet smazán",
  "history.deletedAccount": "smazaný účet",
} as const;
