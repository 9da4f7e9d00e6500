// The English model partnership agreement and an English translation of the Czech
// council resolution (./cs.server.ts), for a partner's information.
import type { TemplateText } from "./render";

export const agreementEn: TemplateText = {
  note: "Template from Spolu. Replace the text in square brackets, adapt the provisions as agreed with your partner and delete this note before signing. This template is not legal advice.",
  title: [
    "PARTNERSHIP AND COOPERATION AGREEMENT",
    "between the Municipality of [NAME OF THE CZECH MUNICIPALITY] (Czech Republic) and the Town of [NAME OF THE PARTNER TOWN] ([COUNTRY])",
  ],
  preamble: [
    "The parties",
    "",
    "[NAME OF THE CZECH MUNICIPALITY], with its seat at [ADDRESS], company registration number (IČO) [NUMBER], represented by [FULL NAME], Mayor (hereinafter “[SHORT NAME OF THE CZECH MUNICIPALITY]”)",
    "",
    "and",
    "",
    "[NAME OF THE PARTNER TOWN], with its seat at [ADDRESS], [IDENTIFICATION NUMBER, IF ANY], represented by [FULL NAME], [POSITION] (hereinafter “[SHORT NAME OF THE PARTNER TOWN]”),",
    "",
    "wishing to deepen friendship and mutual understanding between their inhabitants, to share the experience of local self-government and to contribute to cooperation in Europe, have concluded this partnership and cooperation agreement.",
  ],
  sections: [
    {
      heading: "Article 1 – Subject of the agreement",
      paragraphs: [
        "(1) The parties establish a partnership and will cooperate in matters within their self-government, in accordance with the law of their states and with the international obligations binding on those states.",
        "(2) The partnership is open to the inhabitants, schools, associations, businesses and other organisations of both towns.",
      ],
    },
    {
      heading: "Article 2 – Areas of cooperation",
      paragraphs: [
        "(1) The parties will cooperate in particular in the following areas: [AREAS OF COOPERATION, E.G. CULTURE, EDUCATION AND YOUTH, SPORT, TOURISM, ENVIRONMENT, PUBLIC ADMINISTRATION].",
        "(2) They may agree on further areas at any time.",
      ],
    },
    {
      heading: "Article 3 – Forms of cooperation",
      paragraphs: [
        [
          "The cooperation will take place in particular through:",
          "a) mutual visits of representatives of the towns, experts and delegations;",
          "b) exchanges and meetings of schools, young people, associations and other groups of inhabitants;",
          "c) sharing the experience and good practice of local self-government;",
          "d) joint projects and joint applications for support from European, national and other sources;",
          "e) mutual promotion and informing the inhabitants about the partnership.",
        ].join("\r\n"),
      ],
    },
    {
      heading: "Article 4 – Coordination",
      paragraphs: [
        "(1) Each party appoints a partnership coordinator: for [SHORT NAME OF THE CZECH MUNICIPALITY] [NAME, POSITION, E-MAIL], for [SHORT NAME OF THE PARTNER TOWN] [NAME, POSITION, E-MAIL]. The parties will notify each other in writing of any change of coordinator.",
        "(2) The coordinators prepare a joint plan of activities, as a rule for each calendar year, and review together at least once a year how the cooperation is going.",
        "(3) The parties communicate in [WORKING LANGUAGE].",
      ],
    },
    {
      heading: "Article 5 – Funding",
      paragraphs: [
        "(1) Each party bears the costs it incurs in the cooperation, unless otherwise agreed for a particular activity.",
        "(2) The costs of joint projects are shared under a separate written agreement.",
        "(3) This agreement creates no financial obligation beyond the budgets approved by the competent bodies of the parties.",
      ],
    },
    {
      heading: "Article 6 – Personal data",
      paragraphs: [
        "The parties process personal data they exchange in the course of the cooperation only for the purpose of the cooperation and in accordance with the data protection rules that apply to them.",
      ],
    },
    {
      heading: "Article 7 – Duration and termination",
      paragraphs: [
        "(1) The agreement is concluded for an indefinite period. [OR: for a fixed period until [DATE].]",
        "(2) Either party may terminate the agreement by written notice without giving reasons; the notice period is [6] months and begins on the day the notice is delivered to the other party.",
        "(3) The agreement may be amended only by written amendments signed by both parties.",
      ],
    },
    {
      heading: "Article 8 – Final provisions",
      paragraphs: [
        "(1) The agreement is made in [4] counterparts, [2] in Czech and [2] in [LANGUAGE OF THE PARTNER]; both language versions are equally authentic. Each party receives one counterpart in each language.",
        "(2) The agreement enters into force on the day it is signed by both parties.",
        "(3) The conclusion of this agreement was approved by the Council of the Municipality of [NAME OF THE CZECH MUNICIPALITY] (zastupitelstvo obce) by resolution no. [NUMBER] of [DATE]. For [SHORT NAME OF THE PARTNER TOWN] it was approved by [BODY] by decision no. [NUMBER] of [DATE], where its law requires such approval.",
      ],
    },
  ],
  closing: [
    "For [NAME OF THE CZECH MUNICIPALITY]:",
    "In [PLACE] on [DATE]",
    "",
    "...............................",
    "[FULL NAME], Mayor",
    "",
    "For [NAME OF THE PARTNER TOWN]:",
    "In [PLACE] on [DATE]",
    "",
    "...............................",
    "[FULL NAME], [POSITION]",
  ],
};

export const resolutionEn: TemplateText = {
  note: "Template from Spolu: an English translation of the model resolution of a Czech municipal council, for information. The council adopts the resolution in Czech. This template is not legal advice.",
  title: [
    "RESOLUTION OF THE COUNCIL OF THE MUNICIPALITY OF [NAME OF THE MUNICIPALITY]",
    "No. [NUMBER OF THE RESOLUTION] of [DATE]",
  ],
  preamble: [
    "The Council of the Municipality of [NAME OF THE MUNICIPALITY] (zastupitelstvo obce), under Section 84(2) of Act No. 128/2000 Coll., on Municipalities, as amended,",
  ],
  sections: [
    {
      heading: "I. approves",
      paragraphs: [
        "the establishment of a partnership between the Municipality of [NAME OF THE MUNICIPALITY] and the Town of [NAME OF THE PARTNER TOWN] ([COUNTRY]) and the conclusion of the Partnership and Cooperation Agreement between them in the submitted wording, annexed to this resolution;",
      ],
    },
    {
      heading: "II. authorises",
      paragraphs: ["the Mayor, [FULL NAME], to sign the agreement under point I;"],
    },
    {
      heading: "III. appoints",
      paragraphs: ["[FULL NAME, POSITION] as coordinator of the partnership;"],
    },
    {
      heading: "IV. instructs",
      paragraphs: [
        "the Mayor to report to the council on the partnership at least once a year.\r\nDeadline: ongoing, first by [DATE].",
      ],
    },
  ],
  closing: [
    "Vote: for [NUMBER], against [NUMBER], abstentions [NUMBER]. The resolution was adopted.",
    "",
    "Annex: draft Partnership and Cooperation Agreement",
    "",
    "...............................",
    "[FULL NAME], Mayor",
    "",
    "...............................",
    "[FULL NAME], Deputy Mayor",
  ],
  appendix: {
    heading: "Explanatory report (model for the council papers)",
    paragraphs: [
      "The Town of [NAME OF THE PARTNER TOWN] ([COUNTRY], [NUMBER] inhabitants) has expressed interest in a partnership with our municipality. We have been in contact since [DATE] through the Spolu service. The cooperation will focus on [AREAS OF COOPERATION]; the first joint activity will be [ACTIVITY].",
      "Each party bears its own costs; the municipal budget for [YEAR] provides CZK [AMOUNT] for [PURPOSE]. The proposed coordinator is [FULL NAME, POSITION].",
    ],
  },
};
