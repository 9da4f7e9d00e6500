// The English of ../cs/help.ts.
import type { helpCs, helpTextsCs } from "../cs/help";

export const helpEn: Record<keyof typeof helpCs, string> = {
  "about.title": "About Spolu",
  "meta.about":
    "Spolu helps Czech municipalities find a partner town abroad. Who runs it, where its data comes from and how the match score works.",
  "help.title": "How town twinning works",
  "meta.help":
    "A guide for mayors: find a partner town abroad, contact it through Spolu, have the council approve the agreement and find funding. With templates.",
};

export const helpTextsEn: Record<keyof typeof helpTextsCs, string> = {
  "about.lead":
    "Spolu helps Czech municipalities find a partner town abroad and foreign towns find a partner in the Czech Republic: municipality profiles, suggestions with their reasons, a map and contacts that the operator looks after.",
  "about.whatTitle": "What Spolu does",
  "about.what.offers":
    "Foreign towns publish partnership requests; Czech municipalities browse them and see them ranked by how well they fit.",
  "about.what.municipalities":
    "Every Czech municipality has a page with its official data. The municipality takes it over and completes its profile: topics of cooperation, working languages and the partner it is looking for.",
  "about.what.contacts":
    "Municipalities and towns get in touch through Spolu; contact details are shown once both sides agree.",
  "about.what.registry":
    "The partnership registry, the map and the overview of funding and events help partnerships get started and keep going.",
  "about.whoTitle": "Who runs Spolu",
  "about.who":
    "Spolu is run by {operator}. Its staff review requests, profiles and expressions of interest, help municipalities and enter requests that arrive by other routes.",
  "about.dataTitle": "Where the data comes from",
  "about.data.own":
    "Foreign towns write their requests themselves, or the operator's staff enter them from the towns' news; Czech municipalities write their profiles. Official data and places come from public sources:",
  "about.data.reuse":
    "You can download and reuse all of Spolu’s public data, with its sources and licences:",
  "about.scoringTitle": "How the match score works",
  "about.scoring":
    "A score from 0 to 100 says how well a Czech municipality and a foreign town suit each other, from both points of view: it is computed for each side separately and the two parts are combined. Shared topics of cooperation count most, followed by size (the population range a side is looking for, otherwise a similar size), distance (real partner towns lie a median of about 320 km apart), a common working language, wishes about countries and regions, and how recent the request is; points are taken off when the municipality already has partners in that country or many others are waiting on the request. Each factor is explained in one sentence, the operator's staff set the weights, and we check the results against real partnerships. The score is only a suggestion.",
  "about.contactTitle": "Contact",
  "about.contact": "Send questions, suggestions and bug reports to {email}.",

  "help.lead":
    "A guide for mayors looking for their first partner town abroad: from finding a partner to signing the agreement, with templates to download.",
  "help.stepsTitle": "Step by step",
  "help.step.goals":
    "Be clear about what you want from a partnership: topics (schools, culture, fire brigades, sport, tourism…), the size of the partner, how far away it may be and which language you will use. It is a good idea to discuss the plan with the municipal board or council right at the start.",
  "help.step.profile":
    "Sign up and take over your municipality's page. The operator's staff check that you act for the municipality; then complete the profile Spolu uses to find partners.",
  "help.step.find":
    "Find a partner: browse the foreign towns' requests, the suggestions ranked by match with their reasons, or the map.",
  "help.step.contact":
    "Get in touch through Spolu: in your expression of interest, say why you suit each other and what you would like to do together. The operator's staff review it and pass it on; the other side accepts it, declines it or asks a question. You exchange contact details after acceptance.",
  "help.step.meet":
    "Get to know each other: a few e-mails, a video call, then a visit. Starting with one concrete joint project works best, such as an exchange of schools, fire brigades or clubs.",
  "help.step.council":
    "The municipal council approves the partnership agreement (see below); the foreign partner approves it under its own law.",
  "help.step.sign":
    "The mayors of both towns sign the agreement, often during a ceremonial visit. It is usually drawn up in two languages.",
  "help.step.record":
    "Record the approval and the signature in Spolu on your contact; once both sides confirm them, the partnership appears in the registry and on the map.",
  "help.step.keep":
    "Keep the partnership alive: a joint plan for the year and regular meetings. If nothing happens in the partnership for {months} months, Spolu will remind you.",

  "help.councilTitle": "Approval by the council",
  "help.council.law":
    "Under Section 84(2) of Act No. 128/2000 Coll., on Municipalities, decisions on a municipality's cooperation with other municipalities and on the form of that cooperation are reserved to the municipal council (zastupitelstvo). Section 55 of the same Act allows municipalities to cooperate with municipalities of other states. According to the prevailing interpretation, a partnership agreement with a foreign town is therefore approved by the council, before it is signed.",
  "help.council.resolution":
    "The council adopts a resolution approving the wording of the agreement and authorising the mayor to sign it; the mayor then represents the municipality externally (Section 103(1) of the Act on Municipalities). Informal cooperation without an agreement, such as a single joint event, does not usually require the council's approval.",
  "help.council.note":
    "This is general guidance, not legal advice. If in doubt, consult the municipality's lawyer or the regional authority.",

  "help.templatesTitle": "Templates to download",
  "help.templates.lead":
    "The templates are plain text (UTF-8) that opens in any text editor and in Word. Replace the details in square brackets with your own and adapt the text as agreed with your partner.",
  "help.templates.agreement": "Model partnership and cooperation agreement",
  "help.templates.agreementHint":
    "Both sides usually sign the agreement in two languages; the bilingual version gives each article first in Czech, then in the partner's language.",
  "help.templates.resolution": "Model council resolution",
  "help.templates.resolutionHint":
    "A Czech council adopts the resolution in Czech; the other language is for the partner's information only.",
  "templates.single": "{language} (.txt)",
  "templates.bilingual": "{first} and {second} (.txt)",

  "help.fundingTitle": "Where to find funding",
  "help.funding.lead":
    "A partnership need not be expensive, but grants help with exchanges and joint projects. The usual sources are:",
  "help.funding.cerv":
    "the EU programme Citizens, Equality, Rights and Values (CERV), whose Town Twinning call is meant precisely for meetings of partner towns;",
  "help.funding.interreg":
    "Interreg programmes and the small project funds of the Euroregions, for cooperation with neighbouring countries;",
  "help.funding.visegrad":
    "the International Visegrad Fund, for partners from Poland, Slovakia and Hungary;",
  "help.funding.bilateral":
    "the Czech-German Fund for the Future, for projects with German partners, and the EEA and Norway Grants, for partners from Norway, Iceland and Liechtenstein;",
  "help.funding.erasmus": "Erasmus+, for school and youth exchanges.",
  "help.funding.page":
    "Current calls with their deadlines and conditions, including which of them suit a particular pair of towns, are on the page:",

  "help.faqTitle": "Frequently asked questions",
  "help.faq.cost.q": "How much does Spolu cost?",
  "help.faq.cost.a": "Nothing. Spolu is free for Czech municipalities and foreign towns alike.",
  "help.faq.contract.q": "Does a partnership need an agreement?",
  "help.faq.contract.a":
    "No. Many partnerships start informally, with a joint event or a memorandum. An agreement gives the cooperation a firm framework and helps when you want to apply for grants together.",
  "help.faq.several.q": "Can a municipality have several partners, even in the same country?",
  "help.faq.several.a":
    "Yes. A second partner in the same country is common; Spolu only slightly prefers countries where the municipality has no partner yet.",
  "help.faq.hidden.q": "Why can't I see the other town's contact details?",
  "help.faq.hidden.a":
    "Contact details are shown once the other side accepts your expression of interest. Until then you write to each other through Spolu.",
  "help.faq.wait.q": "How long should I wait for an answer?",
  "help.faq.wait.a":
    "The operator's staff first review your expression of interest and pass it on. If the other side does not answer within {reminder} days, Spolu reminds it; after {expiry} days without an answer the expression of interest expires and you can contact another town.",
  "help.faq.language.q": "Which language should I write in?",
  "help.faq.language.a":
    "In a language both sides list as a working language; Spolu shows it on every request and municipality. A message in two languages, such as Czech and English, often helps.",
  "help.faq.data.q": "How do I download or delete my data?",
  "help.faq.data.a":
    "On the My account page you can download all your data and delete your account. The details are on the page:",
  "help.faq.advice.q": "Who can advise me?",
  "help.faq.advice.a": "Write to the operator's staff at {email}.",
};
