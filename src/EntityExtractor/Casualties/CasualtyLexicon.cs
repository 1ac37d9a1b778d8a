using EntityExtractor.Text;

namespace EntityExtractor.Casualties;

/// <summary>
/// The casualty lexicon: every word list the casualty rules read, as named sets built once, read-only and
/// matched ignoring ASCII case, so that a list is written once and every rule reads it the same way. The trigger
/// table and the word sets are here; the person nouns are in CasualtyLexicon.People.cs. Sets built from other sets
/// come after them (static fields are initialized in the order written).
/// </summary>
internal static partial class CasualtyLexicon
{
    // ---- dates and times ----

    /// <summary>Month names ("since October", "May 5").</summary>
    public static readonly WordSet Months = WordSet.Of(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December");

    /// <summary>Month abbreviations as news copy writes them before a day ("Oct. 7").</summary>
    public static readonly WordSet MonthAbbreviations = WordSet.Of(
        "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.");

    /// <summary>Days of the week.</summary>
    public static readonly WordSet Weekdays = WordSet.Of(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>Marks after a clock time ("at 3 p.m.").</summary>
    public static readonly WordSet ClockMarks = WordSet.Of(
        "p.m.", "a.m.", "pm", "am");

    /// <summary>Words after a number that make it a time, a rate or a duration, not a count of people.</summary>
    public static readonly WordSet NonCountUnits = WordSet.Union(
        [ClockMarks],
        "percent", "years", "year", "days", "months", "hours", "minutes", "times", "o'clock");

    /// <summary>Words before a number that make it a date, a route, a flight or an age ("Flight 17", "Oct. 7", "aged 25").</summary>
    public static readonly WordSet NonCountPrefixes = WordSet.Union(
        [MonthAbbreviations],
        "Flight", "No.", "Route", "Highway", "Interstate", "page", "Room", "Apt.", "Unit", "age", "aged", "Hwy", "Hwy.", "Rte",
        "Rte.", "SR", "CR", "Suite", "Lot", "Gate", "Platform", "Pier");

    /// <summary>Time and place words that can follow a trigger or a count ("killed early Sunday", "shot outside").</summary>
    public static readonly WordSet TimeWords = WordSet.Of(
        "today", "yesterday", "tonight", "overnight", "early", "late", "earlier", "later", "this", "last", "morning",
        "evening", "night", "afternoon", "outside", "inside", "near", "during", "following", "when", "while",
        "after", "before", "since", "in", "on", "at");

    /// <summary>Adverbs and prepositions after an adjective trigger that show it is no noun modifier ("missing overnight").</summary>
    public static readonly WordSet AdverbialFollowers = WordSet.Of(
        "inside", "following", "overnight", "early", "late", "after", "outside", "today", "yesterday", "tonight", "within",
        "upon", "shortly", "moments", "minutes", "hours", "days", "instantly", "immediately", "soon", "on-scene", "onscene",
        "onsite", "on-site");

    /// <summary>Verbs before "the loss of" that make it a death ("relatives are mourning the loss of their nephew").</summary>
    public static readonly WordSet MourningVerbs = WordSet.Of(
        "mourning", "mourn", "mourns", "mourned", "grieving", "grieve", "grieves", "grieved");

    /// <summary>Words before "with" that join people to a subject and its verb ("along with", "together with").</summary>
    public static readonly WordSet AlongWith = WordSet.Of("along", "together");

    /// <summary>Words that can follow a participle with no object in a reduced relative or headline ("two people killed by …", "killed Monday").</summary>
    public static readonly WordSet ReducedRelativeFollowers = WordSet.Union(
        [Weekdays],
        "by", "from", "to", "as", "with", "outside", "inside", "near", "and", "or", "overnight", "early", "late",
        "following", "over", "across", "within", "amid", "along", "during", "there", "here", "yesterday", "today",
        "last", "this");

    // ---- people and grammar ----

    /// <summary>Personal pronouns that refer back to people.</summary>
    public static readonly WordSet PersonalPronouns = WordSet.Of(
        "he", "she", "him", "her", "they", "them");

    /// <summary>Parents, whose children a count after "of" numbers ("a father of three was shot" is one person).</summary>
    public static readonly WordSet ParentNouns = WordSet.Of(
        "father", "mother", "mom", "dad", "parent", "grandfather", "grandmother", "grandma", "grandpa");

    /// <summary>Objects after "hurt" that make it no casualty ("didn't mean to hurt him").</summary>
    public static readonly WordSet ObjectPronouns = WordSet.Of(
        "him", "her", "them", "me", "you", "us", "anyone", "anybody", "himself", "herself");

    // ---- wounds, hospitals and deaths ----

    /// <summary>Participles of being brought to a hospital ("was taken to a hospital").</summary>
    public static readonly WordSet HospitalTransport = WordSet.Of(
        "taken", "transported", "rushed", "airlifted", "flown", "driven", "brought");

    /// <summary>Verbs of going before a reflexive and "to" a hospital ("drove themselves to a hospital", "took himself to the hospital").</summary>
    public static readonly WordSet SelfTransportVerbs = WordSet.Of(
        "drove", "drive", "drives", "driving", "took", "take", "takes", "taking", "walked", "walk", "walks", "walking");

    /// <summary>Words that name where the wounded are taken ("to a local hospital", "to Grady Memorial", "to a trauma center").</summary>
    public static readonly WordSet HospitalNouns = WordSet.Of(
        "hospital", "hospitals", "center", "centre", "clinic", "infirmary", "ER", "General", "Medical", "Memorial", "trauma",
        "Healthcare", "HealthCare");

    /// <summary>Words that make a place after "taken to" no hospital ("the medical examiner's office", "a police station").</summary>
    public static readonly WordSet NotHospitalNouns = WordSet.Of(
        "examiner", "Examiner", "morgue", "jail", "station", "custody", "headquarters", "court", "courthouse", "precinct",
        "coroner", "prison", "detention", "juvenile", "office");

    /// <summary>Participles after which "with gunshot wounds" describes the subject ("was found with a gunshot wound").</summary>
    public static readonly WordSet HospitalVerbs = WordSet.Union(
        [HospitalTransport],
        "hospitalized", "treated", "found");

    /// <summary>Nouns after "fatal"/"deadly" that make an implicit death ("a fatal shooting").</summary>
    public static readonly WordSet IncidentNouns = WordSet.Of(
        "shooting", "shootings", "stabbing", "attack", "crash", "accident");

    /// <summary>Nouns after "double"/"triple" that count the dead ("a double homicide").</summary>
    public static readonly WordSet HomicideNouns = WordSet.Of(
        "homicide", "homicides", "murder", "murders", "slaying", "killing");

    /// <summary>Nouns for a wound.</summary>
    public static readonly WordSet WoundNouns = WordSet.Of(
        "wound", "wounds", "injury", "injuries");

    /// <summary>Limbs: someone "shot in the arm" or "in the leg" survived, unless the clause says otherwise.</summary>
    public static readonly WordSet Limbs = WordSet.Of(
        "arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "ankle", "ankles", "knee", "knees", "thigh", "thighs",
        "shoulder", "shoulders", "buttocks", "buttock", "hip", "finger", "fingers", "wrist", "elbow", "calf", "shin", "toe",
        "heel", "forearm", "extremities");

    /// <summary>Parts of the body a bullet strikes ("grazed the hip of a boy", "struck the knee of a girl").</summary>
    public static readonly WordSet BodyParts = WordSet.Union(
        [Limbs],
        "head", "chest", "neck", "back", "face", "stomach", "abdomen", "torso", "side", "eye", "jaw", "cheek", "groin",
        "temple", "mouth", "ear", "nose", "skull", "spine", "lung", "heart", "liver", "pelvis", "ribs");

    /// <summary>Words between "in the" and a limb ("in the left leg", "in his lower leg").</summary>
    public static readonly WordSet LimbSides = WordSet.Of("left", "right", "upper", "lower", "both");

    /// <summary>Words between "with" and a wound noun ("with non-life-threatening injuries", "with a gunshot wound").</summary>
    public static readonly WordSet WoundDescriptors = WordSet.Of(
        "a", "an", "what", "multiple", "several", "two", "apparent", "apparently", "non-life-threatening",
        "non-life", "threatening", "minor", "serious", "critical", "life-threatening", "self-inflicted", "severe",
        "possible", "gunshot", "gun", "bullet", "graze", "superficial", "non-fatal", "nonfatal");

    /// <summary>Words that make "had/suffered … injuries" a shooting or a grave wound ("suffered a gunshot wound").</summary>
    public static readonly WordSet SevereWoundWords = WordSet.Of(
        "gunshot", "shotgun", "bullet", "gun", "critical", "life-threatening", "grave", "fatal");

    /// <summary>Nouns for what struck a victim ("a stray bullet struck …").</summary>
    public static readonly WordSet BulletWords = WordSet.Of(
        "bullet", "bullets", "gunfire", "round", "rounds", "pellets", "shot", "shots", "shotgun", "gunshot");

    /// <summary>Words before "suicide" that make it a death ("committed suicide", "murder suicide").</summary>
    public static readonly WordSet SuicideLeadWords = WordSet.Of(
        "committed", "committing", "commit", "commits", "murder", "apparent");

    /// <summary>Nouns after "suicide" that make it no death ("suicide attempt", "suicide hotline").</summary>
    public static readonly WordSet NotSuicideNouns = WordSet.Of(
        "attempt", "attempts", "watch", "prevention", "note", "hotline", "threat", "threats", "risk");

    /// <summary>Words before "lost her life" that make it no death ("almost lost her life", "could have lost their lives").</summary>
    public static readonly WordSet NearMissWords = WordSet.Of(
        "almost", "nearly", "narrowly", "could", "might", "would");

    /// <summary>Modals before "have" (and "been") that make a trigger counterfactual ("could have been killed", "could easily have killed her").</summary>
    public static readonly WordSet CounterfactualModals = WordSet.Of(
        "could", "would", "should");

    /// <summary>
    /// Titles and honorifics written before a name ("Mr. Cole", "Sgt. Dana Pell", "U Kyaw Zin"); a person noun before a
    /// name ("Officer Dana Pell", "district councillor Marco Ferreira") is a title too.
    /// </summary>
    public static readonly WordSet NameTitles = WordSet.Of(
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Sgt.", "Lt.", "Capt.", "Cpl.", "Pvt.", "Pfc.", "Spc.", "Maj.",
        "Col.", "Gen.", "Det.", "Ofc.", "Dep.", "Sen.", "Rep.", "Gov.", "Supt.", "Insp.", "Mr", "Mrs", "Ms", "Dr",
        "Miss", "Sheikh", "Haji", "Mullah", "Maulana", "U", "Daw");

    /// <summary>Singular nouns for several people ("kills family"): never one victim by themselves.</summary>
    public static readonly WordSet GroupNouns = WordSet.Of(
        "family", "gang", "couple", "crowd", "group", "household");

    /// <summary>Verbs of talk and thought whose "about" or "of" makes a gerund a topic, not an event ("talked about killing himself").</summary>
    public static readonly WordSet TalkThinkVerbs = WordSet.Of(
        "talk", "talks", "talked", "talking", "spoke", "speak", "speaks", "speaking", "think", "thinks", "thought",
        "thinking", "joke", "joked", "jokes", "joking", "dream", "dreamed", "dreamt", "dreaming", "fantasize",
        "fantasized", "fantasizing", "wrote", "writing", "write", "posted", "posting", "warned", "warning");

    /// <summary>Adverbs that make a self-shooting an accident, whose shooter is the victim ("accidentally shot and killed himself").</summary>
    public static readonly WordSet AccidentAdverbs = WordSet.Of(
        "accidentally", "unintentionally", "inadvertently", "accidently");

    /// <summary>Forms of "claim" ("the shooting claimed a life").</summary>
    public static readonly WordSet ClaimVerbs = WordSet.Of(
        "claimed", "claims", "claiming");

    /// <summary>Forms of "take" ("took his own life", "took the life of").</summary>
    public static readonly WordSet TakeVerbs = WordSet.Of(
        "took", "takes", "taking", "taken");

    /// <summary>Words between "died of" and a natural cause ("died of a heart attack", "died of natural causes").</summary>
    public static readonly WordSet NaturalDeathModifiers = WordSet.Of(
        "a", "an", "his", "her", "natural", "heart", "lung", "breast", "brain", "long", "short", "old");

    /// <summary>Natural causes of death ("died of cancer"): no casualty.</summary>
    public static readonly WordSet NaturalCauses = WordSet.Of(
        "AIDS", "cancer", "illness", "disease", "complications", "causes", "age", "attack", "failure", "stroke",
        "pneumonia", "leukemia", "tumor", "Alzheimer", "Alzheimer's", "diabetes", "covid", "COVID-19", "coronavirus",
        "illnesses", "infection", "malaria", "cholera", "ebola", "tuberculosis", "overdose", "battle");

    /// <summary>Verbs that state a count ("the number of dead rose to", "stood at").</summary>
    public static readonly WordSet CountVerbs = WordSet.Of(
        "rose", "risen", "climbed", "jumped", "increased", "reached", "stood", "stands", "is", "was", "hit",
        "topped", "surpassed");

    // ---- clause structure ----

    /// <summary>Words between an auxiliary and a participle ("was also fatally shot", "were not injured").</summary>
    public static readonly WordSet PassiveAdverbs = WordSet.Of(
        "also", "reportedly", "allegedly", "fatally", "critically", "seriously", "mortally", "badly", "later",
        "then", "both", "all", "each", "not", "never", "n't", "just", "apparently", "accidentally", "and", "gravely",
        "severely", "slightly", "been");

    /// <summary>Adverbs before a participle in a reduced relative ("two people fatally shot").</summary>
    public static readonly WordSet ReducedRelativeAdverbs = WordSet.Of(
        "also", "reportedly", "fatally", "critically", "seriously", "mortally", "badly", "later");

    /// <summary>Adverbs between an active verb and its object ("killing also …", "shot fatally").</summary>
    public static readonly WordSet ObjectAdverbs = WordSet.Of(
        "also", "fatally", "critically", "seriously", "mortally");

    /// <summary>Words before a participle that make it an active verb with its own subject ("who shot", "police shot").</summary>
    public static readonly WordSet AgentWords = WordSet.Of(
        "who", "that", "which", "and", "he", "she", "they", "i", "we", "you", "police", "officers", "deputies",
        "authorities");

    /// <summary>Police who shoot a suspect: "police shot him dead", "he was killed by officers".</summary>
    public static readonly WordSet PoliceAgents = WordSet.Of(
        "police", "officers", "officer", "deputies", "deputy", "troopers", "trooper", "agents", "agent", "cops", "cop",
        "policeman", "policemen", "SWAT", "marshals", "lawmen");

    /// <summary>
    /// Nouns for children ("both boys", "his two daughters", "the toddler"): children killed do not include an adult
    /// shooter, and a child who shot himself is the victim, not an attacker.
    /// </summary>
    public static readonly WordSet ChildNouns = WordSet.Of(
        "boys", "girls", "children", "kids", "sons", "daughters", "babies", "infants", "toddlers", "siblings", "grandchildren",
        "stepchildren", "boy", "girl", "child", "son", "daughter", "baby", "infant", "toddler");

    /// <summary>Nouns for the attacker ("the gunman was shot dead by police").</summary>
    public static readonly WordSet AttackerNouns = WordSet.Of(
        "gunman", "shooter", "suspect", "attacker", "assailant", "robber", "intruder", "perpetrator", "killer", "burglar",
        "carjacker", "gunmen", "shooters", "suspects", "attackers", "assailants", "robbers", "intruders");

    /// <summary>Words right before "shot" that make it a noun ("another shot at the title", "a warning shot").</summary>
    public static readonly WordSet ShotNounDeterminers = WordSet.Of(
        "a", "an", "another", "the", "every", "each", "his", "her", "their", "first", "last", "final", "warning",
        "single", "fatal");

    /// <summary>Words that open a noun phrase after "and" ("killed and a woman …").</summary>
    public static readonly WordSet DeterminerLike = WordSet.Of(
        "a", "an", "the", "his", "her", "their", "two", "three", "one");

    /// <summary>Words that open a noun phrase after an active verb ("killed a man", "shot another boy", "wounded both").</summary>
    public static readonly WordSet NounPhraseOpeners = WordSet.Of(
        "a", "an", "another", "the", "his", "her", "their", "its", "this", "that", "both", "one");

    /// <summary>Definite determiners and possessives before a counted group ("one of his friends", "the death of the two men").</summary>
    public static readonly WordSet DefiniteOpeners = WordSet.Of("the", "his", "her", "their", "those", "these", "its");

    /// <summary>Words after "of" that point back at people already told of ("two of the victims", "one of them").</summary>
    public static readonly WordSet DefiniteReferences = WordSet.Of("the", "them", "those", "these", "his", "her", "their");

    /// <summary>Words left out at the start of a victims' description ("of the victims" is described as "victims").</summary>
    public static readonly WordSet DescriptionOpeners = WordSet.Of("of", "the", "a", "an", "his", "her", "their");

    /// <summary>Words before a count that make it a definite group ("the three victims", "all 72 people", "his two sons").</summary>
    public static readonly WordSet GroupDeterminers = WordSet.Of("the", "those", "these", "all", "both", "his", "her", "their");

    /// <summary>Conjunctions before "being shot" ("after being shot").</summary>
    public static readonly WordSet Subordinators = WordSet.Of(
        "after", "before", "while", "when", "since", "from");

    /// <summary>Prepositions after a person noun that open a short phrase before the verb ("a man from Milwaukee was shot").</summary>
    public static readonly WordSet PostHeadPrepositions = WordSet.Of(
        "from", "of", "in", "at", "with", "inside", "near", "on", "for", "outside", "behind", "across");

    /// <summary>Prepositions before a capitalized word that make it a place, not a named victim ("off Libya", "outside Kabul").</summary>
    public static readonly WordSet PlacePrepositions = WordSet.Of(
        "of", "in", "from", "at", "near", "to", "on", "for", "with", "by", "off", "outside", "inside", "across",
        "into", "toward", "towards", "around", "through", "along", "between", "behind", "beyond", "throughout");

    /// <summary>Words right before an adjective or gerund trigger that make it a noun ("the shooting", "a fatal shooting", "the dead").</summary>
    public static readonly WordSet NounPreModifiers = WordSet.Of(
        "the", "a", "an", "this", "that", "his", "her", "their", "its", "'s", "fatal", "deadly", "police", "mass",
        "drive-by", "double", "triple", "school", "another", "latest", "recent", "weekend", "separate", "in");

    /// <summary>Trigger words that can modify a person noun ("wounded soldiers", "shooting victims", "the suicide bomber").</summary>
    public static readonly WordSet ModifierTriggers = WordSet.Of(
        "wounded", "injured", "dead", "missing", "shooting", "gunshot", "suicide");

    /// <summary>Verbs of violence that end a subject or a list like a trigger but count nobody themselves.</summary>
    public static readonly WordSet OtherViolenceVerbs = WordSet.Of(
        "stabbed", "beaten", "robbed", "shoot", "kill");

    /// <summary>Words a shooter's suicide uses as the weapon: "turned the gun on himself".</summary>
    public static readonly WordSet Weapons = WordSet.Of(
        "gun", "weapon", "rifle", "handgun", "pistol", "shotgun", "firearm");

    /// <summary>Words describing a condition that implies an injury ("in critical condition").</summary>
    public static readonly WordSet Conditions = WordSet.Of(
        "critical", "serious", "stable", "fair", "grave", "guarded", "good", "life-threatening",
        "non-life-threatening", "satisfactory");

    /// <summary>Words that negate a figure ("no one was hurt", "was not injured").</summary>
    public static readonly WordSet Negations = WordSet.Of(
        "not", "n't", "never", "nobody", "none", "no-one", "noone", "neither");

    /// <summary>Determiners and possessives that point back at a person already introduced.</summary>
    public static readonly WordSet Definites = WordSet.Of(
        "the", "this", "that", "his", "her", "their", "its", "our", "my", "your", "these", "those");

    /// <summary>Words skipped between a trigger and its subject: auxiliaries and adverbs ("were", "reportedly", "was taken").</summary>
    public static readonly WordSet SkipLeft = WordSet.Union(
        [HospitalTransport],
        "was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "got", "get", "gets", "getting",
        "reportedly", "also", "later", "allegedly", "critically", "seriously", "badly", "gravely", "severely",
        "slightly", "mildly", "mortally", "fatally", "then", "apparently", "eventually", "subsequently", "initially",
        "believed", "to", "now", "still", "already", "just", "recently", "tragically", "instantly", "accidentally",
        "reported", "confirmed", "pronounced", "found", "declared", "remain", "remains", "remained", "went", "gone",
        "go", "feared", "presumed", "listed", "may", "might", "will", "would", "could", "have", "possibly", "likely",
        "both", "all", "each", "ultimately", "immediately", "previously", "nearly", "almost", "also", "themselves",
        "himself", "herself", "unintentionally", "tragically", "senselessly", "brutally", "shortly", "soon",
        "afterward", "afterwards", "officially", "left", "lay", "lying", "fighting", "treated", "clinically", "brain", "appear",
        "appears", "appeared");

    /// <summary>Words that end a noun phrase when reading its modifiers: function words and common verbs.</summary>
    public static readonly WordSet FunctionWords = WordSet.Of(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "another", "both", "each", "every", "all", "no", "and", "or", "but", "nor", "of", "in", "on", "at", "by",
        "for", "with", "from", "to", "into", "onto", "after", "before", "during", "when", "while", "as", "was",
        "were", "is", "are", "be", "been", "being", "has", "have", "had", "who", "which", "whom", "whose", "said",
        "says", "say", "also", "not", "near", "inside", "outside", "than", "then", "there", "here", "where", "what",
        "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "if", "because", "since", "until",
        "about", "over", "under", "up", "down", "out", "off", "around", "through", "across", "against", "between",
        "among", "including", "included", "include", "some", "any", "many", "more", "most", "several", "few",
        "other", "others", "one", "did", "do", "does", "will", "would", "could", "can", "may", "might", "should",
        "must", "so", "very", "how", "why", "per", "via", "behind", "toward", "towards", "police", "authorities",
        "officials", "told", "tells", "according", "least", "people", "killed", "shot", "wounded", "injured", "died",
        "dead", "hurt", "were", "left", "leaving", "leaves", "found", "took", "taken", "rushed", "transported",
        "following", "early", "late", "last", "next", "only", "just");

    /// <summary>Capitalized words that are never a victim's name.</summary>
    public static readonly WordSet NotNames = WordSet.Union(
        [Months, Weekdays],
        "Police", "Officers", "Officials", "Authorities", "The", "A", "An", "He", "She", "They", "It", "This", "That",
        "Sheriff", "Department", "Office", "Hospital", "Center", "Street", "Avenue", "Road", "County", "City", "Park",
        "Club", "School", "Church", "Store", "Mall", "Apartments", "Drive", "Boulevard", "Lane", "Court", "Highway",
        "Sources", "Witnesses", "Investigators", "Detectives", "Deputies", "Troopers", "Medics", "Paramedics",
        "Neighbors", "Residents", "Reports", "Both", "All", "Two", "Three", "Four", "Five", "Six", "One", "Another",
        "Many", "Several", "No", "None", "Nobody", "Update", "UPDATE", "Updated", "Posted", "Previous", "Story",
        "Photo", "Video", "Copyright", "Also", "According", "Earlier", "Later", "Thanksgiving", "Christmas", "Easter",
        "Halloween", "Eve", "Day", "Night", "Morning", "Evening", "Saturday's", "Army", "Navy", "Force", "Guard",
        "Patrol", "Service", "Bureau", "Medical", "Examiner", "Coroner", "Fire", "Rescue", "EMS", "Station", "Bar",
        "Restaurant", "Lounge", "Hotel", "Motel", "Inn", "Market", "Gas", "Trail", "Place", "Way", "Circle",
        "Terrace", "Square", "Plaza", "High", "Middle", "Elementary", "University", "College", "Academy", "State",
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Downtown");

    /// <summary>Auxiliaries that make a following participle passive.</summary>
    public static readonly WordSet PassiveAux = WordSet.Of(
        "was", "were", "is", "are", "been", "be", "being", "got", "get", "gets", "getting", "'s", "'re");

    // ---- another time or event (background) ----

    /// <summary>Periods after "last" that date a figure to another event ("last month").</summary>
    public static readonly WordSet PeriodNouns = WordSet.Of(
        "year", "month", "summer", "spring", "fall", "winter");

    /// <summary>Verbs of an early report that was later corrected ("initially said", "initially reported").</summary>
    public static readonly WordSet EarlyReportVerbs = WordSet.Of(
        "said", "told", "reported", "believed", "thought", "indicated", "stated", "reports", "report");

    /// <summary>Adjectives before an incident noun that tell of another event ("in a separate incident").</summary>
    public static readonly WordSet OtherEventAdjectives = WordSet.Of(
        "separate", "unrelated", "previous", "earlier", "similar", "another");

    /// <summary>Nouns for an incident ("a separate shooting", "unrelated cases").</summary>
    public static readonly WordSet IncidentMentions = WordSet.Of(
        "incident", "shooting", "shootings", "incidents", "attack", "attacks", "case", "cases");

    /// <summary>Words before "shooting" that go on to another incident ("the second shooting", "a later attack").</summary>
    public static readonly WordSet SequenceWords = WordSet.Of(
        "second", "third", "fourth", "fifth", "other", "another", "next", "later", "last", "separate");

    /// <summary>Function words that end a look-back for a sequence word ("in the shooting").</summary>
    public static readonly WordSet PhraseBreakers = WordSet.Of(
        "the", "that", "this", "of", "in", "to", "at", "and");

    // ---- triggers ----

    /// <summary>Trigger words, with the kind of casualty and the construction they appear in.</summary>
    public static readonly SpanDictionary<Trigger> Triggers = BuildTriggers();

    /// <summary>Bit <c>(a * 26) + b</c> is set when some trigger starts with the letters a, b (either case).</summary>
    private static readonly ulong[] TriggerBigrams = BuildBigrams(out TriggerMinLength, out TriggerMaxLength);

    private static readonly int TriggerMinLength;

    private static readonly int TriggerMaxLength;

    /// <summary>
    /// A cheap test before the dictionary lookup: could this word be a trigger, going by its first two letters and
    /// its length? Rejects "the", "and", "said", "police" and most other words with a table look-up.
    /// </summary>
    public static bool MightBeTrigger(ReadOnlySpan<char> word)
    {
        if (word.Length < TriggerMinLength || word.Length > TriggerMaxLength)
        {
            return false;
        }

        uint a = (uint)((word[0] | 0x20) - 'a');
        uint b = (uint)((word[1] | 0x20) - 'a');
        if (a >= 26 || b >= 26)
        {
            return false;
        }

        int bit = (int)((a * 26) + b);
        return (TriggerBigrams[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static ulong[] BuildBigrams(out int min, out int max)
    {
        var bits = new ulong[((26 * 26) + 63) / 64];
        min = int.MaxValue;
        max = 0;
        foreach (var (word, _) in Triggers.Entries())
        {
            int bit = (((word[0] | 0x20) - 'a') * 26) + ((word[1] | 0x20) - 'a');
            bits[bit >> 6] |= 1UL << (bit & 63);
            min = Math.Min(min, word.Length);
            max = Math.Max(max, word.Length);
        }

        return bits;
    }

    /// <summary>Ordinals that place a person among those counted ("a second man" = at least two), and "additional" (0).</summary>
    public static readonly SpanDictionary<int> Ordinals = BuildOrdinals();

    private static SpanDictionary<int> BuildOrdinals()
    {
        string[] words = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
        var table = new SpanDictionary<int>(16, ignoreAsciiCase: true);
        for (int i = 0; i < words.Length; i++)
        {
            table.Set(words[i], i + 2);
        }

        table.Set("additional", 0);
        return table;
    }

    private static SpanDictionary<Trigger> BuildTriggers()
    {
        var t = new SpanDictionary<Trigger>(128, ignoreAsciiCase: true);
        void Add(CasualtyKind kind, TriggerForm form, bool shot, params string[] words)
        {
            foreach (string word in words)
            {
                t.Set(word, new Trigger(kind, form, shot));
            }
        }

        Add(CasualtyKind.Killed, TriggerForm.Participle, false, "killed", "kills", "slain", "murdered", "executed", "massacred", "slaughtered", "beheaded", "assassinated");
        Add(CasualtyKind.Killed, TriggerForm.Gerund, false, "killing", "murdering");
        Add(CasualtyKind.Killed, TriggerForm.Intransitive, false, "died", "dies", "perished", "succumbed", "passed");
        Add(CasualtyKind.Killed, TriggerForm.Adjective, false, "dead", "deceased");
        Add(CasualtyKind.Killed, TriggerForm.Toll, false, "toll");
        Add(CasualtyKind.Killed, TriggerForm.CountNoun, false, "deaths", "fatalities", "bodies");
        Add(CasualtyKind.Killed, TriggerForm.Reflexive, false, "himself", "herself", "themselves");
        Add(CasualtyKind.Killed, TriggerForm.OwnLife, false, "life", "lives");
        Add(CasualtyKind.Killed, TriggerForm.Implicit, false, "fatal", "deadly", "double", "triple", "quadruple");
        Add(CasualtyKind.Killed, TriggerForm.Suicide, false, "murder-suicide", "murder-suicides", "suicide");
        Add(CasualtyKind.Wounded, TriggerForm.Participle, false, "wounded", "injured", "injures", "hurt", "hospitalized", "hospitalised", "maimed");
        Add(CasualtyKind.Wounded, TriggerForm.Gerund, false, "wounding", "injuring", "hurting");
        Add(CasualtyKind.Wounded, TriggerForm.Suffered, false, "suffered", "sustained", "suffering", "sustaining", "treated", "had", "has");
        Add(CasualtyKind.Wounded, TriggerForm.Condition, true, "condition");
        Add(CasualtyKind.Wounded, TriggerForm.Participle, true, "shot", "shoots", "gunned", "stabbed");
        Add(CasualtyKind.Wounded, TriggerForm.Gerund, true, "shooting");
        Add(CasualtyKind.Wounded, TriggerForm.PassiveOnly, true, "struck", "hit", "grazed", "striking", "hitting");
        Add(CasualtyKind.Wounded, TriggerForm.WithWounds, true, "with");
        Add(CasualtyKind.Wounded, TriggerForm.VictimNoun, true, "victim", "victims");
        Add(CasualtyKind.Killed, TriggerForm.DeathOf, false, "death", "deaths", "killings", "murder", "murders", "slaying", "slayings", "loss");
        Add(CasualtyKind.Wounded, TriggerForm.SentToHospital, false, "sent", "sending", "put");
        Add(CasualtyKind.Wounded, TriggerForm.ToHospital, true, [.. HospitalTransport.Words]);
        Add(CasualtyKind.Missing, TriggerForm.Adjective, false, "missing", "unaccounted");
        Add(CasualtyKind.Kidnapped, TriggerForm.Participle, false, "kidnapped", "abducted", "kidnaped");
        Add(CasualtyKind.Kidnapped, TriggerForm.Gerund, false, "kidnapping", "abducting");
        Add(CasualtyKind.Kidnapped, TriggerForm.Adjective, false, "hostage", "hostages");
        Add(CasualtyKind.Killed, TriggerForm.NotSurvived, false, "survive", "survived", "save");
        Add(CasualtyKind.Arrested, TriggerForm.Participle, false, "arrested", "detained", "apprehended");
        Add(CasualtyKind.Arrested, TriggerForm.Gerund, false, "arresting", "detaining");
        return t;
    }
}
