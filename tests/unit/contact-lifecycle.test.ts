import { describe, expect, it } from "vitest";
import {
  CONTACT_RULES,
  CONTACT_STATES,
  allowedContactActions,
  canAct,
  isProposal,
  isRevealed,
  withProposal,
  looksLikeContactDetail,
  nextStage,
  responseStats,
  sharedTopics,
  type ContactAction,
  type ContactActor,
} from "~/domain/contact-lifecycle";
import { isCalendarDay, pragueDay, pragueHour } from "~/domain/dates";

const ACTORS: ContactActor[] = ["sender", "recipient", "staff", "system"];

describe("the contact workflow (docs/decisions/008, 015)", () => {
  it("moves a request through review, a question, acceptance and the three stages", () => {
    const path: [ContactAction, ContactActor, string][] = [
      ["forward", "staff", "forwarded"],
      ["request_info", "recipient", "info_requested"],
      ["answer", "sender", "forwarded"],
      ["accept", "recipient", "accepted"],
      ["in_contact", "sender", "in_contact"],
      ["council_approved", "staff", "council_approved"],
      ["agreement_signed", "staff", "agreement_signed"],
    ];
    let status = "pending_review" as (typeof CONTACT_STATES)[number];
    for (const [action, actor, to] of path) {
      expect(canAct(action, status, actor, "municipality"), `${action} from ${status}`).toBe(true);
      status = CONTACT_RULES[action].to ?? status;
      expect(status).toBe(to);
    }
  });

  it("lets only staff review, and the recipient see nothing to answer before forwarding", () => {
    for (const actor of ACTORS) {
      expect(allowedContactActions("pending_review", actor, "municipality")).toEqual(
        actor === "staff"
          ? ["forward", "reject", "edit", "withdraw"]
          : actor === "sender"
            ? ["withdraw"]
            : [],
      );
    }
  });

  it("refuses a sender accepting their own request and a recipient answering their own question", () => {
    expect(canAct("accept", "forwarded", "sender", "offer")).toBe(false);
    expect(canAct("answer", "info_requested", "recipient", "offer")).toBe(false);
    expect(canAct("request_info", "info_requested", "recipient", "offer")).toBe(false);
  });

  it("allows withdrawing only before acceptance", () => {
    for (const status of CONTACT_STATES) {
      expect(canAct("withdraw", status, "sender", "municipality"), status).toBe(
        ["pending_review", "forwarded", "info_requested"].includes(status),
      );
    }
  });

  it("lets only the scheduler expire a request, and only one waiting for an answer", () => {
    for (const status of CONTACT_STATES)
      for (const actor of ACTORS)
        expect(canAct("expire", status, actor, "municipality")).toBe(
          status === "forwarded" && actor === "system",
        );
  });

  it("keeps closed states closed: nobody can move a declined, expired or withdrawn contact", () => {
    for (const status of ["declined", "expired", "withdrawn", "rejected_by_staff"] as const)
      for (const actor of ACTORS)
        expect(allowedContactActions(status, actor, "municipality"), `${status}/${actor}`).toEqual(
          [],
        );
  });

  it("gives an introduction no questions, and its withdrawal to staff alone", () => {
    expect(allowedContactActions("forwarded", "recipient", "staff")).toEqual(["accept", "decline"]);
    expect(canAct("withdraw", "forwarded", "sender", "staff")).toBe(false);
    expect(canAct("withdraw", "forwarded", "staff", "staff")).toBe(true);
  });

  it("reveals contact details exactly from acceptance on", () => {
    expect(CONTACT_STATES.filter(isRevealed)).toEqual([
      "accepted",
      "in_contact",
      "council_approved",
      "agreement_signed",
    ]);
  });

  it("offers the stages in order and none before acceptance or after signing", () => {
    expect(nextStage("forwarded")).toBeNull();
    expect(nextStage("accepted")).toBe("in_contact");
    expect(nextStage("in_contact")).toBe("council_approved");
    expect(nextStage("council_approved")).toBe("agreement_signed");
    expect(nextStage("agreement_signed")).toBeNull();
  });
});

describe("milestones need both sides", () => {
  it("makes the council's approval and the signing a proposal unless staff record them", () => {
    for (const actor of ["sender", "recipient"] as const) {
      expect(isProposal("in_contact", actor)).toBe(false);
      expect(isProposal("council_approved", actor)).toBe(true);
      expect(isProposal("agreement_signed", actor)).toBe(true);
    }
    expect(isProposal("council_approved", "staff")).toBe(false);
    expect(isProposal("agreement_signed", "staff")).toBe(false);
  });

  it("lets the other side and staff confirm a proposal, its proposer only withdraw it", () => {
    const proposal = { stage: "agreement_signed", side: "offer" } as const;
    expect(withProposal("confirm_stage", proposal, "municipality")).toBe(true);
    expect(withProposal("confirm_stage", proposal, "staff")).toBe(true);
    expect(withProposal("confirm_stage", proposal, "offer")).toBe(false);
    for (const side of ["municipality", "offer", "staff"] as const)
      expect(withProposal("refuse_stage", proposal, side)).toBe(true);
  });

  it("records no stage while a proposal waits, and confirms nothing without one", () => {
    const proposal = { stage: "council_approved", side: "municipality" } as const;
    for (const stage of ["in_contact", "council_approved", "agreement_signed"] as const) {
      expect(withProposal(stage, proposal, "offer")).toBe(false);
      expect(withProposal(stage, null, "offer")).toBe(true);
    }
    expect(withProposal("confirm_stage", null, "staff")).toBe(false);
    expect(withProposal("refuse_stage", null, "staff")).toBe(false);
    expect(withProposal("accept", proposal, "offer")).toBe(true);
  });
});

describe("shared topics", () => {
  it("are the municipality's interests the offer also names", () => {
    expect(
      sharedTopics(["culture", "sport", "youth"], {
        topics: ["youth", "culture", "tourism"],
        openToAnyTopic: false,
      }),
    ).toEqual(["culture", "youth"]);
  });

  it("are all of the municipality's interests when the offer is open to any topic", () => {
    expect(sharedTopics(["sport", "heritage"], { topics: [], openToAnyTopic: true })).toEqual([
      "sport",
      "heritage",
    ]);
  });

  it("are none when nothing overlaps", () => {
    expect(sharedTopics(["sport"], { topics: ["culture"], openToAnyTopic: false })).toEqual([]);
  });
});

describe("a private detail pasted into a message", () => {
  it.each([
    "Pište na starosta@slavonice.cz",
    "Volejte +420 602 418 337",
    "tel. 602/418/337 kdykoli",
  ])("is noticed in %j", (text) => expect(looksLikeContactDetail(text)).toBe(true));

  it.each(["Máme 2 400 obyvatel a festival v roce 2026.", "Partnerství od 1998 do 2024"])(
    "is not imagined in %j",
    (text) => expect(looksLikeContactDetail(text)).toBe(false),
  );
});

describe("response statistics", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString();

  it("are empty before anything was forwarded", () => {
    expect(responseStats([])).toEqual({ received: 0, answered: 0, rate: null, medianDays: null });
  });

  it("count an expired request as unanswered and take the median of the answer times", () => {
    const stats = responseStats([
      { forwardedAt: at(0), respondedAt: at(1), status: "accepted" },
      { forwardedAt: at(0), respondedAt: at(3), status: "declined" },
      { forwardedAt: at(0), respondedAt: at(10), status: "accepted" },
      { forwardedAt: at(0), respondedAt: null, status: "expired" },
    ]);
    expect(stats).toEqual({ received: 4, answered: 3, rate: 75, medianDays: 3 });
  });

  it("average the two middle times for an even count and leave waiting requests out of the rate", () => {
    const stats = responseStats([
      { forwardedAt: at(0), respondedAt: at(2), status: "accepted" },
      { forwardedAt: at(0), respondedAt: at(5), status: "declined" },
      { forwardedAt: at(0), respondedAt: null, status: "forwarded" },
    ]);
    expect(stats).toEqual({ received: 3, answered: 2, rate: 100, medianDays: 3.5 });
  });
});

describe("days in Prague", () => {
  it("is already tomorrow at 23:30 UTC in winter and at 22:30 UTC in summer", () => {
    expect(pragueDay(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02");
    expect(pragueDay(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02");
    expect(pragueHour(new Date("2026-12-02T06:00:00Z"))).toBe(7);
    expect(pragueHour(new Date("2026-07-02T05:00:00Z"))).toBe(7);
  });

  it("takes real calendar days only", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    for (const bad of ["2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-1-01", ""])
      expect(isCalendarDay(bad), bad).toBe(false);
  });
});
