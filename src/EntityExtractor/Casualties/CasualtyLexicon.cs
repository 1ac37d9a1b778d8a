using EntityExtractor.Text;

namespace EntityExtractor.Casualties;

/// <summary>How a trigger word relates to the people it counts.</summary>
internal enum TriggerForm : byte
{
    /// <summary>Not a trigger.</summary>
    None = 0,

    /// <summary>A past participle or past tense ("killed", "shot", "wounded"): passive subject or active object.</summary>
    Participle,

    /// <summary>A gerund ("killing", "wounding"): the victims follow.</summary>
    Gerund,

    /// <summary>An intransitive verb ("died"): the victims precede.</summary>
    Intransitive,

    /// <summary>A predicate adjective ("dead", "missing"): "5 dead", "were found dead".</summary>
    Adjective,

    /// <summary>"toll" in "death toll": the count follows.</summary>
    Toll,

    /// <summary>A plural noun counted by the number before it ("five deaths").</summary>
    CountNoun,

    /// <summary>"suffered"/"sustained" followed by injuries or wounds: the victims precede.</summary>
    Suffered,

    /// <summary>"condition" in "in critical condition": the victims precede "in".</summary>
    Condition,

    /// <summary>"himself"/"herself" in "turned the gun on himself".</summary>
    Reflexive,

    /// <summary>"life" in "took his own life".</summary>
    OwnLife,

    /// <summary>A participle that counts only in the passive ("was struck by gunfire", "was hit in the leg").</summary>
    PassiveOnly,

    /// <summary>"death" in "the (shooting) death of a 17-month-old".</summary>
    DeathOf,

    /// <summary>"sent" in "sent four people to the hospital".</summary>
    SentToHospital,

    /// <summary>"with" in "three people with gunshot wounds".</summary>
    WithWounds,

    /// <summary>"victims" in "four shooting victims".</summary>
    VictimNoun,

    /// <summary>"murder-suicide", "committed suicide": the attacker died.</summary>
    Suicide,

    /// <summary>"taken" in "was taken to a hospital": hurt, outcome unknown.</summary>
    ToHospital,

    /// <summary>"fatal"/"deadly" before "shooting", "double"/"triple" before "homicide": an implicit count.</summary>
    Implicit,
}

/// <summary>What a trigger word says happened: the kind, and whether it is "shot" (outcome unknown).</summary>
internal readonly record struct Trigger(CasualtyKind Kind, TriggerForm Form, bool IsShot = false);

/// <summary>The word lists the casualty reader uses. Built once, read-only, ASCII case-insensitive.</summary>
internal static class CasualtyLexicon
{
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

    /// <summary>
    /// Nouns for people, singular and plural: people and kin, security forces and fighters, nationalities and
    /// communities ("killed two Palestinians"), and the occupations and roles conflict and crime news names victims by
    /// ("the headmaster", "four herders").
    /// </summary>
    private static readonly (string Singular, string Plural)[] PersonNounPairs =
    [
        ("person", "people"), ("man", "men"), ("woman", "women"), ("child", "children"), ("kid", "kids"),
        ("boy", "boys"), ("girl", "girls"), ("teen", "teens"), ("teenager", "teenagers"), ("youth", "youths"),
        ("adult", "adults"), ("victim", "victims"), ("resident", "residents"), ("civilian", "civilians"),
        ("soldier", "soldiers"), ("troop", "troops"), ("officer", "officers"), ("policeman", "policemen"),
        ("policewoman", "policewomen"), ("deputy", "deputies"), ("trooper", "troopers"), ("student", "students"),
        ("worker", "workers"), ("employee", "employees"), ("passenger", "passengers"), ("driver", "drivers"),
        ("bystander", "bystanders"), ("pedestrian", "pedestrians"), ("customer", "customers"), ("guard", "guards"),
        ("member", "members"), ("militant", "militants"), ("fighter", "fighters"), ("insurgent", "insurgents"),
        ("rebel", "rebels"), ("gunman", "gunmen"), ("shooter", "shooters"), ("suspect", "suspects"),
        ("attacker", "attackers"), ("assailant", "assailants"), ("bomber", "bombers"), ("infant", "infants"),
        ("baby", "babies"), ("toddler", "toddlers"), ("son", "sons"), ("daughter", "daughters"), ("wife", "wives"),
        ("husband", "husbands"), ("mother", "mothers"), ("father", "fathers"), ("brother", "brothers"),
        ("sister", "sisters"), ("girlfriend", "girlfriends"), ("boyfriend", "boyfriends"), ("relative", "relatives"),
        ("cousin", "cousins"), ("friend", "friends"), ("neighbor", "neighbors"), ("neighbour", "neighbours"),
        ("nephew", "nephews"), ("niece", "nieces"), ("grandmother", "grandmothers"), ("grandfather", "grandfathers"),
        ("grandson", "grandsons"), ("granddaughter", "granddaughters"), ("parent", "parents"),
        ("individual", "individuals"), ("male", "males"), ("female", "females"), ("juvenile", "juveniles"),
        ("minor", "minors"), ("tourist", "tourists"), ("pilgrim", "pilgrims"), ("worshipper", "worshippers"),
        ("worshiper", "worshipers"), ("protester", "protesters"), ("protestor", "protestors"),
        ("demonstrator", "demonstrators"), ("journalist", "journalists"), ("reporter", "reporters"),
        ("doctor", "doctors"), ("nurse", "nurses"), ("teacher", "teachers"), ("patient", "patients"),
        ("inmate", "inmates"), ("prisoner", "prisoners"), ("marine", "marines"), ("sailor", "sailors"),
        ("airman", "airmen"), ("servicemember", "servicemembers"), ("serviceman", "servicemen"),
        ("contractor", "contractors"), ("commander", "commanders"), ("official", "officials"), ("leader", "leaders"),
        ("clerk", "clerks"), ("owner", "owners"), ("occupant", "occupants"), ("homeowner", "homeowners"),
        ("roommate", "roommates"), ("partygoer", "partygoers"), ("patron", "patrons"), ("spectator", "spectators"),
        ("fan", "fans"), ("player", "players"), ("miner", "miners"), ("farmer", "farmers"), ("villager", "villagers"),
        ("citizen", "citizens"), ("national", "nationals"), ("other", "others"), ("agent", "agents"),
        ("ranger", "rangers"), ("cop", "cops"), ("firefighter", "firefighters"), ("paramedic", "paramedics"),
        ("hostage", "hostages"), ("intruder", "intruders"), ("robber", "robbers"), ("burglar", "burglars"),
        ("cashier", "cashiers"), ("bouncer", "bouncers"), ("sergeant", "sergeants"), ("militiaman", "militiamen"),
        ("peacekeeper", "peacekeepers"), ("staffer", "staffers"), ("grandchild", "grandchildren"),
        ("acquaintance", "acquaintances"), ("guest", "guests"), ("visitor", "visitors"), ("motorist", "motorists"),
        ("cyclist", "cyclists"), ("classmate", "classmates"), ("coworker", "coworkers"), ("co-worker", "co-workers"),
        ("colleague", "colleagues"), ("teammate", "teammates"), ("migrant", "migrants"), ("refugee", "refugees"),
        ("fisherman", "fishermen"), ("crewman", "crewmen"), ("hiker", "hikers"), ("climber", "climbers"),
        ("volunteer", "volunteers"), ("sophomore", "sophomores"), ("freshman", "freshmen"), ("stepson", "stepsons"),
        ("stepdaughter", "stepdaughters"), ("son-in-law", "sons-in-law"),
        // Nationalities and communities.
        ("Palestinian", "Palestinians"), ("Israeli", "Israelis"), ("Iraqi", "Iraqis"), ("Syrian", "Syrians"),
        ("Afghan", "Afghans"), ("Pakistani", "Pakistanis"), ("Iranian", "Iranians"), ("Yemeni", "Yemenis"),
        ("Saudi", "Saudis"), ("Egyptian", "Egyptians"), ("Libyan", "Libyans"), ("Somali", "Somalis"),
        ("Ethiopian", "Ethiopians"), ("Eritrean", "Eritreans"), ("Nigerian", "Nigerians"), ("Malian", "Malians"),
        ("Kenyan", "Kenyans"), ("Ukrainian", "Ukrainians"), ("Russian", "Russians"), ("American", "Americans"),
        ("Briton", "Britons"), ("Turk", "Turks"), ("Kurd", "Kurds"), ("Arab", "Arabs"), ("Jew", "Jews"),
        ("Muslim", "Muslims"), ("Christian", "Christians"), ("Hindu", "Hindus"), ("Sikh", "Sikhs"),
        ("Uighur", "Uighurs"), ("Uyghur", "Uyghurs"), ("Tamil", "Tamils"), ("Indian", "Indians"),
        ("Bangladeshi", "Bangladeshis"), ("Filipino", "Filipinos"), ("Thai", "Thais"), ("Mexican", "Mexicans"),
        ("Colombian", "Colombians"), ("Haitian", "Haitians"), ("Venezuelan", "Venezuelans"),
        ("Salvadoran", "Salvadorans"), ("Honduran", "Hondurans"), ("Guatemalan", "Guatemalans"),
        ("Spaniard", "Spaniards"), ("Pole", "Poles"), ("Georgian", "Georgians"), ("Armenian", "Armenians"),
        ("Azerbaijani", "Azerbaijanis"), ("Azeri", "Azeris"), ("Chechen", "Chechens"), ("Bosnian", "Bosnians"),
        ("Serb", "Serbs"), ("Croat", "Croats"), ("Albanian", "Albanians"), ("Alawite", "Alawites"),
        ("Shiite", "Shiites"), ("Sunni", "Sunnis"), ("Yazidi", "Yazidis"), ("Houthi", "Houthis"), ("Tutsi", "Tutsis"),
        ("Hutu", "Hutus"), ("Fulani", "Fulanis"), ("Amhara", "Amharas"), ("Tigrayan", "Tigrayans"),
        ("Rohingya", "Rohingyas"), ("Druze", "Druzes"),
        // Occupations and roles.
        ("headmaster", "headmasters"), ("headmistress", "headmistresses"), ("principal", "principals"),
        ("vice-principal", "vice-principals"), ("pastor", "pastors"), ("priest", "priests"), ("imam", "imams"),
        ("cleric", "clerics"), ("monk", "monks"), ("nun", "nuns"), ("bishop", "bishops"), ("rabbi", "rabbis"),
        ("preacher", "preachers"), ("elder", "elders"), ("chief", "chiefs"), ("mayor", "mayors"),
        ("governor", "governors"), ("minister", "ministers"), ("lawmaker", "lawmakers"), ("legislator", "legislators"),
        ("senator", "senators"), ("councillor", "councillors"), ("councilor", "councilors"),
        ("councilman", "councilmen"), ("politician", "politicians"), ("candidate", "candidates"),
        ("activist", "activists"), ("diplomat", "diplomats"), ("envoy", "envoys"), ("ambassador", "ambassadors"),
        ("judge", "judges"), ("lawyer", "lawyers"), ("prosecutor", "prosecutors"), ("pilot", "pilots"),
        ("medic", "medics"), ("engineer", "engineers"), ("trader", "traders"), ("merchant", "merchants"),
        ("vendor", "vendors"), ("shopkeeper", "shopkeepers"), ("herder", "herders"), ("herdsman", "herdsmen"),
        ("shepherd", "shepherds"), ("bodyguard", "bodyguards"), ("aide", "aides"), ("photographer", "photographers"),
        ("cameraman", "cameramen"), ("researcher", "researchers"), ("surgeon", "surgeons"),
        ("pharmacist", "pharmacists"), ("laborer", "laborers"), ("labourer", "labourers"), ("builder", "builders"),
        ("fireman", "firemen"), ("lecturer", "lecturers"), ("professor", "professors"), ("pupil", "pupils"),
        ("schoolgirl", "schoolgirls"), ("schoolboy", "schoolboys"), ("schoolchild", "schoolchildren"),
        ("seminarian", "seminarians"), ("chauffeur", "chauffeurs"), ("conductor", "conductors"),
        ("mechanic", "mechanics"), ("waiter", "waiters"), ("waitress", "waitresses"),
    ];

    /// <summary>Nouns for one person listed without a plural ("someone", "family", "child's").</summary>
    private static readonly string[] SingularPersonNouns =
    [
        "gunwoman", "security", "lieutenant", "captain", "colonel", "general", "private", "corporal", "someone",
        "somebody", "fiancee", "fiance", "stepfather", "stepmother", "uncle", "aunt", "family", "gang", "jogger",
        "child's", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "half-brother", "half-sister", "mom",
        "dad", "grandma", "grandpa", "daughter-in-law", "mother-in-law", "father-in-law",
    ];

    /// <summary>Nouns for people: value 1 for singular, 2 for plural.</summary>
    public static readonly SpanDictionary<byte> PersonNouns = BuildPersonNouns();

    /// <summary>Words skipped between a trigger and its subject: auxiliaries and adverbs ("were", "reportedly").</summary>
    public static readonly SpanDictionary<bool> SkipLeft = Build(
        "was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "got", "get", "gets", "getting", "reportedly",
        "also", "later", "allegedly", "critically", "seriously", "badly", "gravely", "severely", "slightly", "mildly",
        "mortally", "fatally", "then", "apparently", "eventually", "subsequently", "initially", "believed", "to", "now",
        "still", "already", "just", "recently", "tragically", "instantly", "accidentally", "reported", "confirmed",
        "pronounced", "found", "declared", "remain", "remains", "remained", "went", "gone", "go", "feared", "presumed",
        "listed", "may", "might", "will", "would", "could", "have", "possibly", "likely", "both", "all", "each",
        "ultimately", "immediately", "previously", "nearly", "almost", "also", "themselves", "himself", "herself",
        "unintentionally", "tragically", "senselessly", "brutally", "shortly", "soon", "afterward", "afterwards",
        "officially", "left", "lay", "lying", "fighting", "taken", "transported", "rushed", "airlifted", "flown", "driven", "brought", "treated");

    /// <summary>Auxiliaries that make a following participle passive.</summary>
    public static readonly SpanDictionary<bool> PassiveAux = Build(
        "was", "were", "is", "are", "been", "be", "being", "got", "get", "gets", "getting", "'s", "'re");

    /// <summary>Words that negate a figure ("no one was hurt", "was not injured").</summary>
    public static readonly SpanDictionary<bool> Negations = Build("not", "n't", "never", "nobody", "none", "no-one", "noone", "neither");

    /// <summary>Determiners that introduce a new, single person.</summary>
    public static readonly SpanDictionary<bool> Indefinites = Build("a", "an", "one", "someone", "somebody");

    /// <summary>Determiners and possessives that point back at a person already introduced.</summary>
    public static readonly SpanDictionary<bool> Definites = Build("the", "this", "that", "his", "her", "their", "its", "our", "my", "your", "these", "those");

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

    /// <summary>Words that end a noun phrase when reading its modifiers: function words and common verbs.</summary>
    public static readonly SpanDictionary<bool> FunctionWords = Build(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "another",
        "both", "each", "every", "all", "no", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "with", "from",
        "to", "into", "onto", "after", "before", "during", "when", "while", "as", "was", "were", "is", "are", "be", "been",
        "being", "has", "have", "had", "who", "which", "whom", "whose", "said", "says", "say", "also", "not", "near",
        "inside", "outside", "than", "then", "there", "here", "where", "what", "it", "he", "she", "they", "we", "i",
        "you", "him", "them", "us", "me", "if", "because", "since", "until", "about", "over", "under", "up", "down",
        "out", "off", "around", "through", "across", "against", "between", "among", "including", "included", "include",
        "some", "any", "many", "more", "most", "several", "few", "other", "others", "one", "did", "do", "does", "will",
        "would", "could", "can", "may", "might", "should", "must", "so", "very", "how", "why", "per", "via", "behind",
        "toward", "towards", "police", "authorities", "officials", "told", "tells", "according", "least", "people",
        "killed", "shot", "wounded", "injured", "died", "dead", "hurt", "were", "left", "leaving", "leaves", "found",
        "took", "taken", "rushed", "transported", "following", "early", "late", "last", "next", "only", "just");

    /// <summary>Capitalized words that are never a victim's name.</summary>
    public static readonly SpanDictionary<bool> NotNames = Build(
        "Police", "Officers", "Officials", "Authorities", "The", "A", "An", "He", "She", "They", "It", "This", "That",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Sheriff", "Department",
        "Office", "Hospital", "Center", "Street", "Avenue", "Road", "County", "City", "Park", "Club", "School", "Church",
        "Store", "Mall", "Apartments", "Drive", "Boulevard", "Lane", "Court", "Highway", "Sources", "Witnesses",
        "Investigators", "Detectives", "Deputies", "Troopers", "Medics", "Paramedics", "Neighbors", "Residents", "Reports",
        "Both", "All", "Two", "Three", "Four", "Five", "Six", "One", "Another", "Many", "Several", "No", "None", "Nobody",
        "Update", "UPDATE", "Updated", "Posted", "Previous", "Story", "Photo", "Video", "Copyright", "Also", "According", "Earlier", "Later",
        "Thanksgiving", "Christmas", "Easter", "Halloween", "Eve", "Day", "Night", "Morning", "Evening", "Saturday's",
        "ISIS", "Taliban", "Hamas", "Hezbollah", "Army", "Navy", "Force", "Guard", "Patrol", "Service", "Bureau",
        "Medical", "Examiner", "Coroner", "Fire", "Rescue", "EMS", "Station", "Bar", "Restaurant", "Lounge", "Hotel",
        "Motel", "Inn", "Market", "Gas", "Shell", "Walmart", "Target", "Trail", "Place", "Way", "Circle", "Terrace",
        "Square", "Plaza", "High", "Middle", "Elementary", "University", "College", "Academy", "State", "North",
        "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Downtown", "Iraq", "Syria",
        "Baghdad", "Israel", "Gaza", "Afghanistan", "Pakistan", "Yemen", "Somalia", "Nigeria", "Mexico");

    /// <summary>Words a shooter's suicide uses as the weapon: "turned the gun on himself".</summary>
    public static readonly SpanDictionary<bool> Weapons = Build("gun", "weapon", "rifle", "handgun", "pistol", "shotgun", "firearm");

    /// <summary>Words describing a condition that implies an injury ("in critical condition").</summary>
    public static readonly SpanDictionary<bool> Conditions = Build("critical", "serious", "stable", "fair", "grave", "guarded", "good", "life-threatening", "non-life-threatening", "satisfactory");

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
        Add(CasualtyKind.Killed, TriggerForm.Reflexive, false, "himself", "herself");
        Add(CasualtyKind.Killed, TriggerForm.OwnLife, false, "life", "lives");
        Add(CasualtyKind.Killed, TriggerForm.Implicit, false, "fatal", "deadly", "double", "triple", "quadruple");
        Add(CasualtyKind.Killed, TriggerForm.Suicide, false, "murder-suicide", "murder-suicides", "suicide");
        Add(CasualtyKind.Wounded, TriggerForm.Participle, false, "wounded", "injured", "hurt", "hospitalized", "hospitalised", "maimed");
        Add(CasualtyKind.Wounded, TriggerForm.Gerund, false, "wounding", "injuring", "hurting");
        Add(CasualtyKind.Wounded, TriggerForm.Suffered, false, "suffered", "sustained", "suffering", "sustaining", "treated", "had", "has");
        Add(CasualtyKind.Wounded, TriggerForm.Condition, true, "condition");
        Add(CasualtyKind.Wounded, TriggerForm.Participle, true, "shot", "gunned", "stabbed");
        Add(CasualtyKind.Wounded, TriggerForm.Gerund, true, "shooting");
        Add(CasualtyKind.Wounded, TriggerForm.PassiveOnly, true, "struck", "hit", "grazed", "striking", "hitting");
        Add(CasualtyKind.Wounded, TriggerForm.WithWounds, true, "with");
        Add(CasualtyKind.Wounded, TriggerForm.VictimNoun, true, "victim", "victims");
        Add(CasualtyKind.Killed, TriggerForm.DeathOf, false, "death", "deaths", "killings", "murder", "murders", "slaying", "slayings");
        Add(CasualtyKind.Wounded, TriggerForm.SentToHospital, false, "sent", "sending");
        Add(CasualtyKind.Wounded, TriggerForm.ToHospital, true, "taken", "transported", "rushed", "airlifted", "flown", "driven", "brought");
        Add(CasualtyKind.Missing, TriggerForm.Adjective, false, "missing", "unaccounted");
        Add(CasualtyKind.Kidnapped, TriggerForm.Participle, false, "kidnapped", "abducted", "kidnaped");
        Add(CasualtyKind.Kidnapped, TriggerForm.Gerund, false, "kidnapping", "abducting");
        Add(CasualtyKind.Kidnapped, TriggerForm.Adjective, false, "hostage", "hostages");
        Add(CasualtyKind.Arrested, TriggerForm.Participle, false, "arrested", "detained", "apprehended");
        Add(CasualtyKind.Arrested, TriggerForm.Gerund, false, "arresting", "detaining");
        return t;
    }

    private static SpanDictionary<byte> BuildPersonNouns()
    {
        var table = new SpanDictionary<byte>((PersonNounPairs.Length * 2) + SingularPersonNouns.Length, ignoreAsciiCase: true);
        foreach (string word in SingularPersonNouns)
        {
            table.Set(word, 1);
        }

        foreach (var (singular, plural) in PersonNounPairs)
        {
            table.Set(singular, 1);
            table.Set(plural, 2);
        }

        return table;
    }

    private static SpanDictionary<bool> Build(params string[] words)
    {
        var table = new SpanDictionary<bool>(words.Length, ignoreAsciiCase: true);
        foreach (string word in words)
        {
            table.Set(word, true);
        }

        return table;
    }
}
