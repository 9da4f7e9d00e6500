import type { municipalitiesCs } from "../cs/municipalities";

export const municipalitiesEn: Record<keyof typeof municipalitiesCs, string> = {
  "admin.statsRegister": "Municipalities in the register",
  "nav.municipalities": "Municipalities",
  "form.cancel": "Back",
  "place.okres": "district {okres}",
  "place.none": "Nothing found.",
  "directory.hasProfile": "Spolu profile",
  "directory.noProfileShort": "No profile",
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
  "register.attribution":
    "Municipalities: © ČÚZK (RÚIAN, CC BY 4.0); population: Czech Statistical Office, 1 Jan 2025; IČO: Ministry of Finance (MONITOR)",
};
