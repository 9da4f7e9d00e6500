import type { municipalitiesCs } from "./cs-municipalities";

export const municipalitiesEn: Record<keyof typeof municipalitiesCs, string> = {
  "admin.statsRegister": "Municipalities in the register",
  "nav.municipalities": "Municipalities",
  "form.cancel": "Back",

  "register.title": "Official data",
  "register.attribution":
    "Municipalities: © ČÚZK (RÚIAN, CC BY 4.0); population: Czech Statistical Office, 1 Jan 2025; IČO: Ministry of Finance (MONITOR)",
  "register.readOnly":
    "These come from the official register of municipalities and nobody edits them in Spolu. If something is wrong, write to the Union.",
  "register.kind": "Kind",
  "register.kind.obec": "municipality",
  "register.kind.městys": "market town",
  "register.kind.město": "town",
  "register.kind.statutární město": "statutory city",
  "register.kind.hlavní město": "capital city",
  "register.kraj": "Region",
  "register.okres": "District",
  "register.orp": "Municipality with extended powers",
  "register.population": "Population",
  "register.populationOn": "on {date}",
  "register.ico": "Company ID (IČO)",
  "register.code": "Municipality code (RÚIAN)",

  "place.okres": "district {okres}",
  "place.none": "Nothing found.",

  "directory.title": "Municipalities in Czechia",
  "directory.lead":
    "All 6,254 municipalities of the official register. Towns abroad can find partners here even among municipalities not yet on Spolu: the Union passes their interest on.",
  "directory.q": "Name",
  "directory.qHint": "Part of the name is enough; accents do not matter (\u201cbozi dar\u201d).",
  "directory.any": "All",
  "directory.okresHint": "Choose a region first to shorten the list of districts.",
  "directory.size": "Size",
  "directory.size.lt500": "under 500 inhabitants",
  "directory.size.500-999": "500–999 inhabitants",
  "directory.size.1000-4999": "1,000–4,999 inhabitants",
  "directory.size.5000-19999": "5,000–19,999 inhabitants",
  "directory.size.20000-99999": "20,000–99,999 inhabitants",
  "directory.size.100000+": "100,000 inhabitants or more",
  "directory.more": "On Spolu",
  "directory.withProfile": "Only those with a Spolu profile",
  "directory.withPartners": "Only those with partner towns abroad",
  "directory.sort": "Sort",
  "directory.sort.name": "by name (A–Z)",
  "directory.sort.population": "largest first",
  "directory.sort.population-asc": "smallest first",
  "directory.count": "{count} municipalities",
  "directory.results": "{count} municipalities found",
  "directory.noResults":
    "No municipality matches these filters. Try a shorter part of the name or fewer filters.",
  "directory.download": "Download CSV",
  "directory.caption": "Municipalities matching the filters",
  "directory.col.name": "Municipality",
  "directory.col.spolu": "On Spolu",
  "directory.hasProfile": "Spolu profile",
  "directory.noProfileShort": "No profile",
  "directory.partners": "Partners: {count}",
  "directory.error.value": "We do not know this value ({value}); the filter was not applied.",

  "municipality.noProfile":
    "This municipality has no profile on Spolu yet: only its official data is known. The Union passes a town's interest on to it.",
  "municipality.noProfileLead":
    "{name} is not active on Spolu yet. Its official data is public, and towns abroad can reach it through the Union.",
  "municipality.noPartnerships": "Spolu knows of no partner town yet.",
  "municipality.interestSignIn":
    "Do you represent a town abroad and want to contact this municipality? Sign in or sign up.",
  "municipality.interestNeedsOffer":
    "You contact a municipality from a published partnership request. Create one first:",

  "claim.title": "Do you represent a municipality?",
  "claim.titleFor": "Do you represent {name}?",
  "claim.question": "Do you represent this municipality?",
  "claim.lead":
    "Take over the profile of {name}: add topics, languages and a contact, and see the requests of towns abroad that suit you.",
  "claim.leadClaimed":
    "An account already speaks for {name}. If you represent it, send a claim: the Union will check who really speaks for the municipality.",
  "claim.formLead":
    "You can fill in the profile at once. Meanwhile the Union checks that you speak for the municipality and marks the profile \u201cVerified by the Union\u201d.",
  "claim.howVerified":
    "How we verify: we call the municipal office or write to its data box and confirm your name and office.",
  "claim.button": "Take over this profile",
  "claim.signUp": "Sign up for this municipality",
  "claim.submit": "Take over the profile",
  "claim.submitConflict": "Send the claim to the Union",
  "claim.role": "Your office at the municipality",
  "claim.roleHint": "E.g. mayor, deputy mayor, chief executive, international officer.",
  "claim.phone": "Phone for verification (optional)",
  "claim.phoneHint": "Only the Union sees it, should they need to reach you.",
  "claim.confirm": "I confirm that I am entitled to act for the municipality.",
  "claim.done":
    "The profile is yours. Fill it in; meanwhile the Union checks that you speak for the municipality.",
  "claim.doneConflict":
    "Another account already speaks for this municipality, so the Union will look at your claim and get in touch.",
  "claim.yours": "You speak for this municipality.",
  "claim.editProfile": "Edit the profile",
  "claim.waiting": "The Union is looking at your claim for this municipality.",
  "claim.waitingFor": "The Union is looking at your claim for {name}. We will e-mail you.",
  "claim.rejectedFor":
    "The Union did not confirm your claim for {name}. Choose your municipality again or contact the Union.",
  "claim.notVerifiedYet": "Awaiting verification by the Union",
  "claim.staffTitle": "Who speaks for the municipality",
  "claim.staffNone": "Nobody has claimed it yet.",
  "claim.staffLink": "All claims",
  "claim.deletedAccount": "deleted account",
  "claim.status.pending": "awaiting verification",
  "claim.status.conflict": "conflict: already has an account",
  "claim.status.verified": "verified",
  "claim.status.rejected": "rejected",
  "claim.status.withdrawn": "withdrawn",
  "claim.status.superseded": "replaced by another account",
  "claim.error.not_found": "This municipality is not in the register.",
  "claim.error.not_mayor": "Only a Czech municipality's account can claim a municipality.",
  "claim.error.already_owner":
    "Your account already speaks for a municipality; an account can speak for one only.",
  "claim.error.already_claimed": "Another account already speaks for this municipality.",
  "claim.error.claim_pending": "The Union is already looking at one of your claims.",
  "claim.error.noOwner": "The municipality has no account: there is nobody to verify.",
  "claim.error.notOwner": "You no longer speak for this municipality; the profile was not saved.",

  "claimsAdmin.nav": "Claims",
  "claimsAdmin.title": "Who speaks for a municipality: claims to verify",
  "claimsAdmin.howtoTitle": "How to verify a claim",
  "claimsAdmin.howto1":
    "Look the municipality up by its IČO (e.g. in the ARES register) and call the municipal office on the number its website gives, not the number in the claim.",
  "claimsAdmin.howto2":
    "Or send a message to the municipality's data box (found by its IČO) and wait for the office's answer.",
  "claimsAdmin.howto3":
    "Confirm the claimant's name and office; an official e-mail on the municipality's domain is a good sign, a private e-mail alone is not enough.",
  "claimsAdmin.howto4":
    "Verifying means only that the account speaks for the municipality. You approve the profile's texts separately in the moderation queue.",
  "claimsAdmin.open": "Waiting for a decision",
  "claimsAdmin.none": "No claim is waiting.",
  "claimsAdmin.decided": "Recently decided",
  "claimsAdmin.noneDecided": "Nothing yet.",
  "claimsAdmin.decidedAt": "Decided",
  "claimsAdmin.role": "Office at the municipality",
  "claimsAdmin.phone": "Phone",
  "claimsAdmin.claimant": "Claimant",
  "claimsAdmin.currentOwner": "Currently speaks for it",
  "claimsAdmin.emailUnconfirmed": "address not confirmed yet",
  "claimsAdmin.since": "Claimed on",
  "claimsAdmin.note": "Reason",
  "claimsAdmin.noteHint": "The claimant sees it. Required when turning a claim down.",
  "claimsAdmin.verify": "Verified: speaks for the municipality",
  "claimsAdmin.transfer": "Give the municipality to this claimant",
  "claimsAdmin.reject": "Reject and release the municipality",
  "claimsAdmin.rejectConflict": "Reject the claim",
  "claimsAdmin.rejectWarning":
    "The account loses the municipality and the profile it wrote is deleted. The municipality stays in the directory with its official data.",
  "claimsAdmin.rejectConflictWarning": "The claimant is told that the claim was rejected.",
  "claimsAdmin.done.verify":
    "The claim is verified; the municipality shows \u201cVerified by the Union\u201d.",
  "claimsAdmin.done.reject": "The claim is rejected.",
  "claimsAdmin.done.transfer": "The municipality now belongs to the new account.",
  "claimsAdmin.error.bad": "The request could not be read. Please try again.",
  "claimsAdmin.error.noteRequired": "Say why you are rejecting the claim.",
  "claimsAdmin.error.state":
    "Someone decided this claim meanwhile, or the claimant speaks for another municipality. Reload the page.",

  "relay.title": "{name} has no Spolu account",
  "relay.lead":
    "Pass the interest on to the municipal office (by e-mail or to the data box found by its IČO) and invite the municipality to take over its profile. Then record the office's answer here on its behalf.",
  "relay.claimLink": "Link to take over the profile",
  "relay.text": "Text for the municipal office (Czech)",
  "relay.template":
    "Dear Sir or Madam,\n\nthe town {town} ({country}) has expressed interest in a partnership with {name} through Spolu. Its message:\n\n\u201c{message}\u201d\n\nYou can answer on Spolu once you take over your municipality's profile: {link}\nSigning up takes a few minutes; the Union then verifies that you speak for the municipality. You may also reply to this message and the Union will pass your answer on.\n\nKind regards\nUnion of Towns and Municipalities of the Czech Republic",

  "signup.municipalityLegend": "The municipality you speak for",
  "signup.municipalityLead":
    "Choose your municipality from the official register; we fill in its profile with its data.",
  "signup.municipality": "Municipality",
  "signup.municipalityHint":
    "Start typing the name; each suggestion shows its district and population (there are fourteen called \u201cNová Ves\u201d).",
  "signup.municipality.choose": "Several municipalities bear this name. Choose yours:",
  "signup.municipality.claimedNote": "already has an account",
  "signup.municipality.missing": "Choose your municipality.",
  "signup.municipality.notFound":
    "There is no municipality \u201c{name}\u201d in the register. Check the name or find it in the directory.",
  "signup.municipality.ambiguous":
    "\u201c{name}\u201d matches several municipalities. Choose yours from the list.",
  "signup.municipality.notFoundHint":
    "We found no municipality \u201c{name}\u201d. Try the start of the name without prepositions, or look it up in the",
  "signup.municipality.directory": "directory of municipalities",
  "signup.foreignLegend": "The town abroad you speak for",
  "signup.organisationHint": "The town's name in its own language, e.g. Wołomin.",

  "me.chooseMunicipality":
    "Your account does not speak for a municipality yet. Choose yours from the register and take over its profile.",
  "me.profileFirst":
    "The municipality's profile is still empty. Add topics and a contact so that towns abroad find you.",

  "map.profilesOnly": "Only municipalities with a Spolu profile",
  "map.legend.municipalityRegister": "Municipality without a profile (official data)",
  "matches.profilesOnly": "Only municipalities with a Spolu profile",
  "home.ctaDirectory": "All municipalities",

  "foreignPreview.title": "A town abroad? See which Czech municipalities suit you",
  "foreignPreview.lead":
    "Tell us who you are and we rank all 6,254 Czech municipalities by match score. Those without a profile are scored on what is known (size, location, region).",
  "foreignPreview.town": "Your town",
  "foreignPreview.townHint":
    "Choose your town from the list and we fill in its population, country and location; or type them yourself.",
  "foreignPreview.country": "Country",
  "foreignPreview.topics": "Topics (none chosen: any topic)",
  "foreignPreview.languages": "Languages you can work in",
  "foreignPreview.submit": "Show municipalities",
  "foreignPreview.results": "The best of {count} Czech municipalities for your town",
  "foreignPreview.signup": "Sign up your town and post a partnership request",
  "foreignPreview.directory": "Browse all municipalities",

  "openData.municipalitiesCsv":
    "All 6,254 municipalities, with the directory's filters, as CSV (official data, whether they have a Spolu profile, number of partners, source).",
  "openData.sourcesTitle": "Sources and licences",
  "openData.sourcesLead":
    "Data taken from public registers is shown with its source, as their licences ask:",

  "notifications.claim_verified": "The Union verified that you speak for {town}.",
  "notifications.claim_rejected": "The Union did not confirm your claim for {town}.",
  "notifications.claim_lost": "By the Union's decision, another account now speaks for {town}.",

  "field.claimConfirm": "Confirm that you are entitled to act for the municipality.",
  "field.municipality": "Choose a municipality from the list.",
  "profileStatus.none": "no profile",
};
