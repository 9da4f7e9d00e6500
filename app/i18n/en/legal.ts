// The English of ../cs/legal.ts.
import type { legalCs, legalTextsCs } from "../cs/legal";

export const legalEn: Record<keyof typeof legalCs, string> = {
  "privacy.title": "Privacy",
  "meta.privacy":
    "What personal data Spolu processes, why, who sees it, how long it is kept and what your rights are. Only necessary cookies, no tracking.",
  "terms.title": "Terms of use",
  "meta.terms":
    "The terms of use of Spolu: who may sign up, what may be published, how the operator reviews content, the open data and how to report abuse.",
};

export const legalTextsEn: Record<keyof typeof legalTextsCs, string> = {
  "operator.name": "Operator",
  "operator.address": "Registered address",
  "operator.ico": "Company number (IČO)",
  "operator.email": "E-mail",
  "operator.website": "Website",
  "operator.dpo": "Data protection officer",
  "legal.updated": "In force from {date}",

  "privacy.lead":
    "This page explains what personal data Spolu processes, why and on what legal basis, who sees it, how long we keep it and what rights you have (Articles 13 and 14 of the General Data Protection Regulation, GDPR).",
  "privacy.controllerTitle": "Who processes your data",
  "privacy.controller": "The controller of your personal data is the operator of Spolu:",
  "privacy.contactUs":
    "For questions about your personal data and to exercise your rights, write to {email}.",

  "privacy.dataTitle": "What data we process",
  "privacy.data.account":
    "Your account: name, e-mail address, the municipality or town you act for, your role, the language of your e-mails and your notification settings. We store your password only as a one-way hash, never in readable form.",
  "privacy.data.contact":
    "The contact person of a municipality or a request: name, position, e-mail address and phone number. These details are not public.",
  "privacy.data.claim":
    "A request to manage a municipality's page: your position and phone number, so that the operator's staff can check that you act for the municipality.",
  "privacy.data.messages":
    "Expressions of interest, messages between towns, the partnership steps you record and the notifications Spolu has sent you, including by e-mail.",
  "privacy.data.history":
    "The history of changes: who sent, edited, approved or rejected what, and when.",
  "privacy.data.technical":
    "Technical data: your sign-ins (when they started and from which browser) and counters of attempts that protect against abuse, which store an IP address or e-mail address only as a one-way hash. The server log records the address of the page requested and the response, not your IP address.",

  "privacy.purposesTitle": "Why we process data and on what legal basis",
  "privacy.purpose.service":
    "Running your account and the Spolu service: the municipality profile, requests, partner suggestions, expressions of interest, messages and notifications as you set them, including the e-mails that confirm your address and reset your password.",
  "privacy.basis.contract":
    "Legal basis: performance of a contract, namely the terms of use you accept when you sign up (Article 6(1)(b) GDPR).",
  "privacy.purpose.moderation":
    "Reviewing content before it is published or passed on to the other side, checking who acts for a municipality, keeping the history of changes and entering requests taken from towns' news, so that municipalities can rely on what the operator publishes under its name.",
  "privacy.purpose.security":
    "Protection against abuse: secure sign-in and limits on the number of attempts to sign in, sign up, reset a password and send messages.",
  "privacy.basis.interest":
    "Legal basis: the operator's legitimate interest (Article 6(1)(f) GDPR).",
  "privacy.noAutomatedDecisions":
    "The match score is only a suggestion that makes searching easier. Spolu takes no automated decisions about anyone: people decide whether to get in touch and whether to accept a request.",

  "privacy.recipientsTitle": "Who sees your data",
  "privacy.recipients.public":
    "The public sees published requests and municipality profiles without contact details. The contact person, e-mail address, phone number, messages and internal notes are never published, not even in the open data.",
  "privacy.recipients.staff":
    "The operator's staff see what they need to review content and to help users.",
  "privacy.recipients.partner":
    "The other side of a contact: the operator's staff first review an expression of interest and then pass it on. Until the other side accepts it, they see only the name of your municipality or town and your message. Both sides see each other's contact person, e-mail address and phone number only after acceptance.",
  "privacy.recipients.processors":
    "Providers of hosting and e-mail delivery who work for the operator under a data processing agreement (Article 28 GDPR). We do not sell data or use it for advertising.",
  "privacy.recipients.tiles":
    "The map background is loaded from {origin}; your browser tells that server its IP address when doing so.",
  "privacy.recipients.authorities": "Public authorities, only where the law requires it.",

  "privacy.transfersTitle": "Transfers outside the EU",
  "privacy.transfers":
    "The operator does not transfer personal data to countries outside the European Union and the European Economic Area and uses no services that would send it there. The only exception is when you yourself accept cooperation with a town outside the EU and the EEA (in Ukraine, for example): its representative then sees your contact details, because this is necessary to do what you asked for (Article 49(1)(b) GDPR).",

  "privacy.retentionTitle": "How long we keep data",
  "privacy.retention.account":
    "We keep your account and its data until you delete the account. Inactive accounts are not deleted automatically.",
  "privacy.retention.deletion":
    "Deleting your account immediately erases your name, e-mail address, organisation and password, the contact details in your municipality profile and your requests, and your notifications, e-mails and sign-ins. In messages and notes that stay with the other side, your name, e-mail address and phone number are replaced by “[…]”.",
  "privacy.retention.kept":
    "What stays: the municipality's public profile and its partnerships (they belong to the municipality), your requests as closed (their description is the town's public text and is not edited), contacts already accepted, for the other side, and the history of changes, which shows “deleted account” instead of your name. E-mails already delivered to other people cannot be recalled.",
  "privacy.retention.offers":
    "A request stops being public when it expires, but it is not deleted. An expression of interest that the other side does not answer expires after {days} days and stays in the history of both sides.",
  "privacy.retention.session": "A sign-in lasts {days} days unless you sign out earlier.",
  "privacy.retention.throttle":
    "Attempt counters are deleted when their period ends: after 15 minutes to 1 hour; the hash of an address from which you sign in successfully, after 90 days.",

  "privacy.rightsTitle": "Your rights",
  "privacy.rights.access":
    "Access and portability (Articles 15 and 20 GDPR): once signed in, you can download everything Spolu holds about you as a JSON file.",
  "privacy.rights.accessLink": "Download my data",
  "privacy.rights.rectification":
    "Rectification (Article 16): you edit your municipality profile and requests yourself; ask us to correct the name, e-mail address or organisation of your account.",
  "privacy.rights.erasure":
    "Erasure (Article 17): you delete your account yourself; what is erased and what stays is described under retention above.",
  "privacy.rights.erasureLink": "Delete my account",
  "privacy.rights.restriction":
    "Restriction and objection (Articles 18 and 21): you may object to processing based on legitimate interest; write to us and we will consider it.",
  "privacy.rights.answer": "We answer without undue delay and within one month at the latest.",
  "privacy.rights.complaint":
    "You also have the right to lodge a complaint with a supervisory authority: in the Czech Republic, the Office for Personal Data Protection (ÚOOÚ), Pplk. Sochora 27, 170 00 Praha 7; you may also turn to the authority of the EU country where you live or work.",
  "privacy.rights.complaintLink": "www.uoou.gov.cz",

  "privacy.cookiesTitle": "Cookies",
  "privacy.cookies":
    "Spolu stores only the cookies needed for the site to work, so it does not ask for consent (Section 89(3) of Czech Act No. 127/2005 Coll., on Electronic Communications). We use no analytics, advertising or third-party cookies and do not track you.",
  "privacy.cookiesCaption": "Cookies Spolu stores",
  "privacy.cookieName": "Name",
  "privacy.cookiePurpose": "Purpose",
  "privacy.cookieDuration": "Expires",
  "privacy.cookie.session": "Sign-in (only when you sign in)",
  "privacy.cookie.sessionDuration": "{days} days or when you sign out",
  "privacy.cookie.lang": "The language you chose for the pages",
  "privacy.cookie.langDuration": "1 year",
  "privacy.cookie.toast": "A one-time confirmation after an action, such as “Saved”",
  "privacy.cookie.toastDuration": "Once the confirmation is shown",

  "privacy.changesTitle": "Changes",
  "privacy.changes":
    "When what Spolu does with personal data changes, we update this page. The version in force is always here.",

  "terms.lead":
    "The rules for everyone who uses Spolu: who may sign up, what may be published, how the operator reviews content and what it is not responsible for.",
  "terms.operatorTitle": "Operator",
  "terms.operator": "Spolu is run by:",
  "terms.acceptance":
    "By signing up you accept these terms. Anyone may browse the public pages without signing up. Spolu is free of charge.",

  "terms.whoTitle": "Who may use Spolu",
  "terms.who.visitors":
    "Anyone may browse the requests, the map, the directory of municipalities, the partnership registry and the open data without signing up.",
  "terms.who.mayors":
    "Only a person entitled to act for a Czech municipality, or authorised by it, may open its account: the mayor, deputy mayor, chief officer or a member of the municipal office's staff, for example. Each municipality is managed by one account; the operator's staff check that you really act for the municipality.",
  "terms.who.foreign":
    "An account for a foreign town may be opened by a representative of its local government or a person that local government has authorised.",
  "terms.who.account":
    "The details you give when signing up must be true. An account is personal: do not share your password, and if you suspect misuse, reset your password and let us know.",

  "terms.contentTitle": "What profiles, requests and messages must be",
  "terms.content.true":
    "They describe the municipality or town and its real interest in a partnership truthfully.",
  "terms.content.purpose":
    "They serve cooperation between municipalities and towns: they are not advertising, commercial offers, political campaigning or appeals for donations.",
  "terms.content.lawful":
    "They contain nothing unlawful, offensive or hateful and do not infringe the rights of others, copyright included.",
  "terms.content.contact":
    "Contact details belong only in the fields meant for them, where they stay private, not in a public description. Give other people's personal data only with their knowledge.",

  "terms.moderationTitle": "Review of content",
  "terms.moderation.offers":
    "The operator's staff publish a request only after reviewing it; every edit of a published request is reviewed again. A request is valid until the date chosen and can be renewed.",
  "terms.moderation.profiles":
    "A municipality profile is visible at once but marked as not verified until the operator's staff approve it.",
  "terms.moderation.contacts":
    "The operator's staff review an expression of interest before passing it on to the other side; they may remove contact details from it or reject it, giving a reason.",
  "terms.moderation.decisions":
    "Content that breaks these terms may be returned for changes, rejected or hidden by the operator; in the case of serious or repeated breaches the operator may end access to the account. Every decision is recorded with its reason.",

  "terms.contactsTitle": "Contacts between towns",
  "terms.contacts.flow":
    "Municipalities and towns get in touch through an expression of interest in Spolu. You see the other side's contact details once it accepts your expression of interest (or once you accept theirs). An expression of interest without an answer expires after {days} days.",
  "terms.contacts.limit":
    "A request takes at most {limit} open expressions of interest at a time; it is then marked as full.",
  "terms.contacts.use":
    "Use the contact details Spolu shows you only to discuss cooperation, not to send unsolicited messages.",

  "terms.openDataTitle": "Open data",
  "terms.openData":
    "Published requests, public municipality profiles, the partnership registry and the overview of funding are freely available for reuse through the API, CSV, iCalendar and an Atom feed, without signing up. When you reuse them, credit the source as “Spolu, {operator}”.",
  "terms.openDataSources":
    "Data taken from other sources is subject to their licences; keep the credits those licences ask for:",
  "terms.openDataPrivate": "Open data never contains contact details, messages or internal notes.",

  "terms.warrantyTitle": "No guarantee",
  "terms.warranty.score":
    "The match score and its reasons are suggestions computed from what municipalities and towns have entered and from public registers. They do not guarantee that a partnership will come about or that the other side will answer.",
  "terms.warranty.content":
    "Those who write profiles, requests and messages are responsible for their content. Partnerships taken from public lists are unverified until the municipality confirms them.",
  "terms.warranty.agreements":
    "The operator is not a party to agreements between municipalities and towns and is not responsible for their performance.",
  "terms.warranty.service":
    "Spolu is provided free of charge and as it is, and may be temporarily unavailable. The operator is liable for damage only to the extent that cannot be excluded by law.",

  "terms.abuseTitle": "Reporting abuse",
  "terms.abuse":
    "If you come across a false request, an inappropriate message or a misused account, write to {email} with a link to the page. The operator's staff will look into it and let you know what they decided.",

  "terms.endTitle": "Deleting your account",
  "terms.end":
    "You may delete your account yourself at any time. What is erased and what stays is described on the page:",

  "terms.lawTitle": "Changes to the terms and governing law",
  "terms.law":
    "These terms are governed by the law of the Czech Republic, and disputes arising from them are decided by Czech courts. We announce changes to the terms on this page in advance; by continuing to use Spolu you accept them.",
};
