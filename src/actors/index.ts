// The actors module: the actor dictionary (data/actors/*.json plus user files) and the functions the
// event coder uses to name actors ACLED's way.
//   findActors(text, offset?, context?)   actor mentions in a text
//   genericActor(kind, countryCode, date?) "Protesters (Kenya)", "Police Forces of Kenya (2013-2022)" ...
//   stateForceName(kind, countryCode, date?) the state forces of a country at a date
//   interaction(inter1, inter2)           ACLED interaction code (lowest first; one-sided X0)
//   actorCountry(actorName)               ISO code of the country in an ACLED actor name
//   loadActorDictionary(extraFiles)       the compiled dictionary (cached per set of files)
export { findActors, identityMilitiaOf, READERS, type ActorKind, type FindContext } from './find.js';
export { genericActor, stateForceName, assocName } from './generic.js';
export { interaction } from './interaction.js';
export { loadActorDictionary, buildActorDictionary, type ActorDictionary, type GenericKind, type NamedActor, type StateUnit, type IdentityGroup } from './dictionary.js';
export { countryName, countriesForWord, namesCountry } from './countries.js';
export { actorCountry, codeOfName } from './actor-country.js';
