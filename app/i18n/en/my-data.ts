import type { myDataCs } from "../cs/my-data";

export const myDataEn: Record<keyof typeof myDataCs, string> = {
  "myData.title": "Your data",
  "myData.lead":
    "Download everything Spolu holds about you as one JSON file, or delete your account.",
  "myData.download": "Download my data (JSON)",
  "myData.deleteLink": "Delete account",

  "myData.export.about":
    "Everything Spolu, the platform of the Union of Towns and Municipalities of the Czech Republic, holds about your account on the day of the export: the account, signed-in devices, the municipality profile or requests you manage (with their contact details), the expressions of interest you are a side of, partnerships, notifications, the e-mails we sent you and the record of the steps you took.",
  "myData.export.password":
    "Your password is stored only as a one-way hash (bcrypt); we do not know the password, and the hash is not part of the export.",
  "myData.export.secrets":
    "Session identifiers and one-time links (e-mail confirmation, password reset) are keys to the account: the export says that they exist, not what they are.",
  "myData.export.contacts":
    "Expressions of interest are as you see them on their page: the other side's contact details only from the moment it was accepted.",
  "myData.export.staffNotes":
    "Union staff keep internal notes about your municipality, requests or expressions of interest ({count}). They are not part of the export; you can ask the Union of Towns and Municipalities for them.",
  "myData.export.staffNotesNone":
    "The Union keeps no internal notes about your municipality, requests or expressions of interest.",
  "myData.export.staffNotesStaff":
    "The internal notes you wrote stay with the municipalities and requests they are about; they are not part of the export.",

  "myData.delete.title": "Delete account",
  "myData.delete.lead":
    "Deleting cannot be undone. Before you go on, you may want to download your data.",
  "myData.delete.erasedTitle": "What we erase",
  "myData.delete.erasedAccount":
    "Your name, e-mail, password, language and e-mail settings; your sign-ins on every device, your notifications and the e-mails addressed to you.",
  "myData.delete.erasedMunicipality":
    "The contact person, role, e-mail and phone in the profile of {name}. The municipality's public profile stays: it is the town's, not yours. The Union then answers expressions of interest for it.",
  "myData.delete.erasedOffers": "The contact person, e-mail and phone in all your requests.",
  "myData.delete.offersTitle": "Requests we close",
  "myData.delete.offersNone": "You have no open requests.",
  "myData.delete.offersCaption": "Requests that close with the account",
  "myData.delete.town": "Town",
  "myData.delete.status": "Status now",
  "myData.delete.contactsTitle": "Expressions of interest",
  "myData.delete.contactsOpen":
    "We end your open expressions of interest ({count}): the ones you sent are withdrawn, the others declined or withdrawn. The other side is notified, so nobody waits in vain.",
  "myData.delete.contactsActive":
    "Accepted expressions of interest and partnerships under way ({count}) stay with the towns; the Union acts for your side in them.",
  "myData.delete.contactsNone": "You are not a side of any open expression of interest.",
  "myData.delete.keptTitle": "What stays without your name",
  "myData.delete.kept":
    "The history of steps (who approved, sent or declined what, and when) stays for accountability, but it shows “deleted account” instead of you. Messages in threads stay with the other side; we remove your name, e-mail and phone from them.",
  "myData.delete.formTitle": "Confirmation",
  "myData.delete.password": "Your current password",
  "myData.delete.confirm": "I understand that deleting the account cannot be undone.",
  "myData.delete.submit": "Delete my account for good",
  "myData.delete.cancel": "Back to My account",
  "myData.delete.passwordWrong": "The password is not correct.",
  "myData.delete.confirmRequired": "Please confirm that you understand deleting cannot be undone.",
  "myData.delete.lastStaff":
    "You are the last Union staff member. Before deleting your account, create one for a colleague under Administration – otherwise nobody could approve requests or create accounts.",
  "myData.delete.demo":
    "Demo accounts are shared by everyone trying Spolu, so they cannot be deleted.",
  "myData.delete.tooMany": "Too many attempts. Please try again in a while.",
  "myData.delete.done":
    "Your account has been deleted and you are signed out. Thank you for using Spolu.",

  "history.action.owner_deleted": "The municipality's representative deleted their account",
  "history.action.account_deleted": "Account deleted",
  "history.deletedAccount": "deleted account",
};
