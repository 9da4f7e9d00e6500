import type { contactsCs } from "../cs/contacts";

export const contactsEn: Record<keyof typeof contactsCs, string> = {
  "status.pending_review": "Awaiting the Union's review",
  "status.forwarded": "Forwarded, awaiting an answer",
  "status.info_requested": "More information requested",
  "status.accepted": "Accepted",
  "status.declined": "Declined",
  "status.in_contact": "In contact",
  "status.council_approved": "Approved by the council",
  "status.agreement_signed": "Agreement signed",
  "status.withdrawn": "Withdrawn",
  "status.rejected_by_staff": "Not forwarded by the Union",

  "history.action.create": "Expression of interest sent",
  "history.action.introduce": "The Union proposed an introduction",
  "history.action.forward": "Forwarded to the other side",
  "history.action.edit": "The Union edited the message",
  "history.action.accept": "Accepted",
  "history.action.accept_side": "One side accepted the introduction",
  "history.action.decline": "Declined",
  "history.action.request_info": "More information requested",
  "history.action.answer": "Information added",
  "history.action.withdraw": "Withdrawn",
  "history.action.in_contact": "First contact made",
  "history.action.council_approved": "Approved by the council",
  "history.action.agreement_signed": "Agreement signed",
  "history.action.activity": "Activity recorded",
  "history.action.dormant": "Flagged as dormant",
  "history.action.message": "Message in the thread",
  "history.action.mutual_interest": "The other side wrote too",

  "contacts.title": "Contacts",
  "contacts.intro":
    "Expressions of interest between Czech municipalities and towns abroad. You see the other side's contact details once they accept.",
  "contacts.filter.label": "Show",
  "contacts.filter.all": "All",
  "contacts.filter.open": "In progress",
  "contacts.filter.active": "Accepted",
  "contacts.filter.closed": "Closed",
  "contacts.filter.review": "To review",
  "contacts.filter.relay": "For towns without an account",
  "contacts.empty": "No contacts yet.",
  "contacts.emptyHintMayor":
    "Send an expression of interest from an offer's page or from your matches.",
  "contacts.emptyHintForeign": "Write to a Czech municipality from the matches of your request.",
  "contacts.direction.sent": "Sent",
  "contacts.direction.received": "Received",
  "contacts.direction.introduction": "Introduced by the Union",
  "contacts.updated": "changed {date}",
  "contacts.waitingSince": "waiting since {date}",
  "contacts.pair": "{municipality} ↔ {town}",
  "contacts.noAccount": "no account (the Union answers)",

  "contact.new.title": "Express interest",
  "contact.new.introTitle": "Propose an introduction",
  "contact.new.lead":
    "The Union reviews your message and forwards it. The two sides exchange contact details once the other side accepts.",
  "contact.new.introLead":
    "Both sides receive an invitation and each accepts or declines. When both accept, they can talk directly.",
  "contact.new.offer": "Your request",
  "contact.new.topics": "Shared topics you want to talk about",
  "contact.new.topicsHint": "Choose at least one topic both sides have.",
  "contact.new.message": "Message",
  "contact.new.messageHint":
    "Why you, what you would like to do together. At most 2,000 characters. No e-mail or phone here: they are exchanged after acceptance.",
  "contact.new.note": "A note for both sides",
  "contact.new.submit": "Send expression of interest",
  "contact.new.submitIntro": "Propose the introduction",
  "contact.new.sent": "Your expression of interest is sent. The Union will review and forward it.",
  "contact.new.introduced": "Introduction proposed; both sides have been invited.",
  "contact.new.full":
    "This request has {count, plural, one {# expression} other {# expressions}} of interest in progress and takes no new ones for now, so the town is not flooded. Please try again later.",
  "contact.new.live": "You are already in contact with this side.",
  "contact.new.liveLink": "Open the contact",
  "contact.new.noShared":
    "The two sides share no topic, so an expression of interest cannot be sent. Add topics to your profile or choose another request.",
  "contact.new.noProfile":
    "Please complete your municipality's profile first, so the Union can approve it.",
  "contact.new.noOffers": "You have no published request to write from.",
  "contact.new.closed": "This request is no longer published.",
  "contact.new.notVisible": "This municipality's profile is not published.",
  "contact.new.unverified":
    "Please confirm your e-mail address first (we sent you a link); then you can write.",
  "contact.new.choose": "Choose a request or a municipality from your matches.",

  "contact.error.not_found": "The contact or one of its sides does not exist.",
  "contact.error.forbidden": "This step is not yours to take.",
  "contact.error.wrong_state":
    "This step is no longer possible in this state. The page shows the current state.",
  "contact.error.text_required": "Please fill in the text.",
  "contact.error.too_long": "The text is longer than 2,000 characters.",
  "contact.error.topics_required": "Choose at least one shared topic.",
  "contact.error.topic_not_shared": "The chosen topic is not shared by both sides.",
  "contact.error.offer_not_open": "This request is no longer published.",
  "contact.error.municipality_not_visible": "This municipality's profile is not published.",
  "contact.error.offer_full":
    "This request takes no new expressions of interest now (limit reached).",
  "contact.error.already_open": "You are already in contact with this side.",
  "contact.error.unverified": "Please confirm your e-mail address first.",
  "contact.error.bad_date": "Enter a valid date, today at the latest.",
  "contact.error.stage_before_previous": "The date cannot be earlier than the previous step's.",
  "contact.error.side_required": "Choose which side you answer for.",
  "contact.error.rate_limited": "You have sent a lot in the last hour. Please try again later.",

  "contact.title": "{municipality} ↔ {town}",
  "contact.state": "State",
  "contact.from": "From",
  "contact.to": "To",
  "contact.introducedBy": "Introduction proposed by the Union",
  "contact.topics": "Topics",
  "contact.message": "Message",
  "contact.note": "The Union's note",
  "contact.reason": "Reason",
  "contact.answers": "Answers to the introduction",
  "contact.answer.pending": "no answer yet",
  "contact.answer.accepted": "accepted",
  "contact.answer.declined": "declined",
  "contact.explain.sender.pending_review":
    "The Union is reviewing your message, usually within two working days.",
  "contact.explain.sender.forwarded":
    "Your message is with the other side, who has 30 days to answer.",
  "contact.explain.sender.info_requested": "The other side has a question. Answer it below.",
  "contact.explain.recipient.forwarded":
    "Accept, decline or ask a question. You have 30 days from forwarding to answer.",
  "contact.explain.recipient.info_requested": "You are waiting for the other side's answer.",
  "contact.explain.revealed": "Both sides agreed: both see the contact details.",
  "contact.explain.closed": "This contact is closed.",
  "contact.privacy": "The other side's contact person, e-mail and phone appear once they accept.",
  "contact.details": "Contact details",
  "contact.details.person": "Contact person",
  "contact.details.email": "E-mail",
  "contact.details.phone": "Phone",
  "contact.details.none": "not given",
  "contact.relay":
    "{side} has no Spolu account: the Union relays the message and records the answer for them.",
  "contact.warnPrivate":
    "The message seems to contain an e-mail address or phone number. Consider editing it before forwarding: details are exchanged after acceptance.",
  "contact.actions": "What you can do",
  "contact.action.forward": "Forward to the other side",
  "contact.action.reject": "Do not forward (with a reason)",
  "contact.action.edit": "Save the edited message",
  "contact.action.accept": "Accept",
  "contact.action.decline": "Decline",
  "contact.action.request_info": "Ask a question",
  "contact.action.answer": "Send the answer",
  "contact.action.withdraw": "Withdraw the expression of interest",
  "contact.action.in_contact": "Record: first contact made",
  "contact.action.council_approved": "Record: approved by the council",
  "contact.action.agreement_signed": "Record: agreement signed",
  "contact.field.reason": "Reason (the sender sees it)",
  "contact.field.declineReason": "Reason (optional, the sender sees it)",
  "contact.field.question": "What would you like to ask",
  "contact.field.answer": "Your answer",
  "contact.field.editMessage": "Message after editing",
  "contact.field.side": "Answering for",
  "contact.field.date": "Date",
  "contact.field.stageNote": "Note (optional)",
  "contact.confirm.withdraw":
    "Withdraw the expression of interest? The other side will be told, and it cannot be undone.",
  "contact.confirm.decline": "Decline? This cannot be undone.",
  "contact.done": "Done: {status}.",
  "contact.thread": "Messages",
  "contact.thread.empty": "No messages yet.",
  "contact.thread.closedNote": "Free messages open once the other side accepts.",
  "contact.thread.kind.info_request": "Question",
  "contact.thread.kind.info_answer": "Answer",
  "contact.thread.kind.message": "Message",
  "contact.thread.new": "New message",
  "contact.thread.send": "Send message",
  "contact.thread.sent": "Message sent.",
  "contact.stages": "The way to a partnership",
  "contact.stages.hint":
    "Record the steps with their dates: first contact, the council's decision, the signed agreement. One side proposes the council's decision and the signing, the other side (or the union) confirms them; a confirmed signing creates the partnership on the map.",
  "contact.stage.in_contact": "First contact made",
  "contact.stage.council_approved": "Approved by the council",
  "contact.stage.agreement_signed": "Agreement signed",
  "contact.stage.pending": "not yet",
  "contact.partnership": "The partnership is concluded and shown on the map.",
  "contact.partnershipDormant":
    "The partnership has been dormant since {date} (12 months without activity).",
  "contact.timeline": "Timeline",

  "response.title": "Answering",
  "response.none": "No expressions of interest forwarded yet.",
  "response.rate": "Answers {rate} % of expressions of interest",
  "response.median": "usually within {days, plural, one {# day} other {# days}}",
  "response.medianSameDay": "usually the same day",
  "response.counts": "({answered} of {received})",
  "response.waiting": "No answer yet to {received} expressions of interest.",

  "cta.interest": "Express interest",
  "cta.interestSent": "Contact: {status}",
  "cta.full": "This request takes no new expressions of interest now ({count} in progress).",
  "cta.introduce": "Propose an introduction",
  "interest.visitorTitle": "Interested in a partnership?",
  "interest.visitorOffer":
    "A Czech municipality writes to {town} through Spolu. Sign in with your municipality's account or register it: you will come straight back here to write your message.",
  "interest.visitorMunicipality":
    "A foreign town writes to {name} through Spolu. Sign in, or register and post your partnership request: you will come straight back here.",
  "interest.visitorSignIn": "Sign in to express interest",
  "interest.visitorSignUpMayor": "Register your municipality",
  "interest.visitorSignUpForeign": "Register your town",
  "interest.demo":
    "This is a sample request that no real town has posted: interest in it reaches nobody.",

  "notifications.contact_submitted":
    "Your expression of interest {municipality} – {town} awaits the Union's review.",
  "notifications.contact_forwarded":
    "The Union forwarded your expression of interest {municipality} – {town}.",
  "notifications.contact_received":
    "New expression of interest: {municipality} – {town}. Please answer within 30 days.",
  "notifications.contact_rejected":
    "The Union did not forward your expression of interest {municipality} – {town}. The reason is on its page.",
  "notifications.contact_accepted":
    "The expression of interest {municipality} – {town} was accepted. You now see both sides' contact details.",
  "notifications.contact_declined":
    "The expression of interest {municipality} – {town} was declined.",
  "notifications.contact_info_requested":
    "The other side asks for more information on {municipality} – {town}.",
  "notifications.contact_info_answered":
    "The expression of interest {municipality} – {town} was completed and awaits your answer.",
  "notifications.contact_withdrawn":
    "The expression of interest {municipality} – {town} was withdrawn.",
  "notifications.contact_reminder":
    "The expression of interest {municipality} – {town} has been waiting for your answer for {days, plural, one {# day} other {# days}}.",
  "notifications.contact_expired":
    "The expression of interest {municipality} – {town} expired: the other side did not answer within {days, plural, one {# day} other {# days}}.",
  "notifications.contact_expired_recipient":
    "The expression of interest {municipality} – {town} expired without your answer.",
  "notifications.contact_introduction":
    "The Union introduces you: {municipality} – {town}. Accept or decline the invitation.",
  "notifications.contact_message": "New message in the contact {municipality} – {town}.",
  "notifications.contact_stage": "{municipality} – {town}: step “{stage}” recorded ({date}).",
  "notifications.partnership_signed":
    "The partnership {municipality} – {town} is concluded. Congratulations!",
  "notifications.partnership_dormant":
    "The partnership {municipality} – {town} has had no recorded activity for {months} months.",

  "inbox.title": "Notifications",
  "inbox.unreadOnly": "Unread only",
  "inbox.all": "All",

  "digest.subject": "Spolu: {count, plural, one {# new notification} other {# new notifications}}",
  "digest.intro": "What happened for you in the last day:",
  "digest.weeklySubject": "Spolu: new requests for {municipality}",
  "digest.weeklyIntro": "New partnership requests of the past week that suit {municipality}:",
  "digest.weeklyLine": "{town} ({country}): match {score} of 100",

  "partnerships.title": "Partnerships",
  "partnerships.mine": "Mine only",
  "partnerships.dormantOnly": "Dormant only",
  "partnerships.empty": "No partnerships.",
  "partnerships.since": "since {year, number, ::group-off}",
  "partnerships.source.spolu": "concluded through Spolu",
  "partnerships.source.existing": "entered by the municipality",
  "partnerships.dormant": "dormant since {date}",
  "partnerships.lastActivity": "last activity {date}",
  "partnerships.record": "Record activity",
  "partnerships.recordNote": "What happened (optional)",
  "partnerships.recorded": "Activity recorded.",
  "partnerships.contact": "Contact",

  "adminContacts.title": "Contacts to review",
  "adminContacts.review": "Awaiting review",
  "adminContacts.relay": "Forwarded to towns without an account (the Union answers)",
  "adminContacts.empty": "Nothing waiting.",
  "adminContacts.limit": "Limit of expressions of interest in progress per request",
  "adminContacts.limitHint":
    "A request with this many expressions of interest in progress (awaiting review, an answer or more information) takes no new ones.",
  "adminContacts.limitSave": "Save the limit",
  "adminContacts.limitSaved": "Limit saved: {limit}.",
  "adminContacts.limitInvalid": "Enter a whole number from 1 to 1000.",
  "adminContacts.all": "All contacts",
  "adminContacts.dormant": "Dormant partnerships: {count}",

  "outbox.title": "Outgoing e-mail",
  "outbox.intro":
    'Every e-mail Spolu writes. Without SMTP_URL they stay here (state "in outbox") and are not sent anywhere.',
  "outbox.smtpOn": "SMTP is configured: e-mails are sent.",
  "outbox.smtpOff": "SMTP is not configured: e-mails are not sent, only kept here.",
  "outbox.empty": "No e-mails.",
  "outbox.to": "To",
  "outbox.subject": "Subject",
  "outbox.status": "State",
  "outbox.created": "Created",
  "outbox.status.outbox": "in outbox",
  "outbox.status.queued": "queued",
  "outbox.status.sending": "sending",
  "outbox.status.sent": "sent",
  "outbox.status.failed": "failed",
  "outbox.filter": "State",
  "outbox.all": "All",
  "outbox.text": "Text",
  "outbox.html": "HTML",
  "outbox.error": "Last error",
  "outbox.nextAttempt": "Next attempt",
  "outbox.givenUp": "No further attempt; you can send it again.",
  "outbox.sendAgain": "Send again",
  "outbox.sentAgain": "The e-mail is queued to be sent again.",
  "outbox.notFailed": "This e-mail has not failed, so it cannot be sent again.",
  "outbox.back": "Back to outgoing e-mail",
  "outbox.jobs": "Scheduled jobs",
  "outbox.jobsEmpty": "None has run yet.",
  "contact.question": "The other side's question",
  "contact.action.withdrawIntroduction": "Withdraw the introduction",
  "contact.confirm.withdrawUnseen":
    "Withdraw this expression of interest? The union has not forwarded it yet, so the other side will not hear of it. This cannot be undone.",
  "contact.confirm.withdrawIntroduction":
    "Withdraw this introduction? Both sides will be told, and it cannot be undone.",
  "contact.field.sideFixed": "You answer for: {side}",
  "contact.explain.introduction.open":
    "The union introduces you to the other side. Accept or decline the invitation; once both sides accept, you see each other's contact details.",
  "contact.explain.introduction.waiting":
    "You accepted the invitation. Waiting for the other side's answer.",
  "contact.privacy.sender":
    "You will see the other side's contact person, e-mail and phone once they accept your expression of interest; they will then see yours.",
  "contact.privacy.recipient":
    "If you accept, you will see the other side's contact details and they will see yours. Until then neither of you sees them.",
  "contact.privacy.introduction":
    "Once both sides accept, each sees the other's contact details. Until then neither does.",
  "contact.privacy.closed": "This contact is closed; no contact details were shared.",
  "contact.new.noAccount":
    "{side} has no Spolu account: the union accepts or declines the invitation for it.",
  "contact.new.sharedTopics": "Shared topics: {topics}.",
  "contact.error.has_account": "This side has its own account and answers for itself.",
  "contact.error.proposal_waiting":
    "A proposed step is still waiting for confirmation. Wait for it, or withdraw the proposal.",
  "contact.error.own_proposal": "A step you proposed is confirmed by the other side or the union.",
  "contact.error.reference_too_long":
    "The resolution number or link can be 300 characters at most.",
  "contact.action.propose.council_approved": "Propose: approved by the council",
  "contact.action.propose.agreement_signed": "Propose: agreement signed",
  "contact.action.confirm_stage": "Confirm the step",
  "contact.action.refuse_stage": "Do not confirm",
  "contact.action.withdrawProposal": "Withdraw the proposal",
  "contact.field.reference": "Resolution number or link (optional)",
  "contact.field.referenceHint":
    "For example “resolution no. 15/2026”, or a link to the minutes or the agreement.",
  "contact.field.refuseReason": "Why you do not confirm it (optional; the other side sees it)",
  "contact.proposal.title": "Waiting for confirmation",
  "contact.proposal.by": "{side} proposes the step “{stage}” of {date}.",
  "contact.proposal.reference": "Resolution or link",
  "contact.proposal.waitingOther":
    "The step is recorded once the other side or the union confirms it. Until then you can withdraw the proposal.",
  "contact.proposal.waitingYou":
    "Confirm the step if it is true; only then is it recorded. If it is not, do not confirm it.",
  "contact.proposal.waitingStaff":
    "The union can confirm the step, above all when the other side has no account, or decline to.",
  "contact.proposal.signedNote":
    "Once the signing is confirmed, the partnership is created and shown on the map.",
  "contact.confirm.refuseStage": "The proposal is removed and the side that made it is told.",
  "contact.confirm.withdrawProposal": "Withdraw the proposal? The other side will be told.",
  "contact.stage.proposed": "proposed ({date}), waiting for confirmation",
  "contact.stage.confirmed": "confirmed by both sides",
  "contact.proposed": "Step proposed. It is recorded once the other side confirms it.",
  "contact.stageRefused": "The proposed step was removed.",
  "notifications.contact_stage_proposed":
    "{municipality} – {town}: please confirm the step “{stage}” ({date}).",
  "notifications.contact_stage_refused":
    "{municipality} – {town}: the proposed step “{stage}” was not confirmed.",
  "history.action.propose_council_approved": "Proposed: approved by the council",
  "history.action.propose_agreement_signed": "Proposed: agreement signed",
  "history.action.confirm_stage_council_approved": "Confirmed: approved by the council",
  "history.action.confirm_stage_agreement_signed": "Confirmed: agreement signed",
  "history.action.refuse_stage_council_approved": "Not confirmed: approved by the council",
  "history.action.refuse_stage_agreement_signed": "Not confirmed: agreement signed",
  "contacts.filter.confirm": "Steps to confirm",
};
