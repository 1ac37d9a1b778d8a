using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Gazetteers;

/// <summary>
/// Word lists written by the project (not taken from any package): regions, US states, extra country names,
/// organization heads, person titles, location heads and common Arabic-world given names. Edit freely.
/// </summary>
internal static class OwnWordLists
{
    /// <summary>Other names that news uses for countries, beside the aliases countries-list carries.</summary>
    public static readonly string[] CountryNames =
    [
        "Turkey", "Korea", "Congo", "Bosnia", "Timor-Leste", "The Gambia", "England", "Scotland", "Wales",
        "Northern Ireland", "Palestine", "Czech Republic", "Macedonia", "Vatican", "Ivory Coast", "Cote d'Ivoire",
        "Côte d'Ivoire", "Kosovo", "Somaliland", "Burma", "Persia", "Britain", "Great Britain",
    ];

    /// <summary>World regions, sub-national regions and water bodies that news names as places.</summary>
    public static readonly string[] Regions =
    [
        "Middle East", "Near East", "Far East", "Gaza Strip", "Gaza", "West Bank", "Golan Heights", "Golan",
        "East Jerusalem", "Palestinian Territories", "Occupied Territories", "Kurdistan", "Iraqi Kurdistan",
        "Kurdistan Region", "Rojava", "Sahel", "Sahara", "Western Sahara", "Sinai", "Sinai Peninsula", "Negev",
        "Balkans", "Caucasus", "North Caucasus", "South Caucasus", "Central Asia", "South Asia", "Southeast Asia",
        "East Asia", "Latin America", "Central America", "Caribbean", "North Africa", "West Africa", "East Africa",
        "Horn of Africa", "Sub-Saharan Africa", "Southern Africa", "Central Africa", "Maghreb", "Levant",
        "Arabian Peninsula", "Gulf", "Persian Gulf", "Scandinavia", "Eastern Europe", "Western Europe",
        "Central Europe", "Southern Europe", "Northern Europe", "Kashmir", "Jammu and Kashmir", "Punjab", "Darfur",
        "Kordofan", "Blue Nile", "Donbas", "Donbass", "Donetsk", "Luhansk", "Crimea", "Tigray", "Amhara", "Oromia",
        "Ogaden", "Anbar", "Nineveh", "Ninawa", "Diyala", "Salahuddin", "Salahuddin Province", "Babil", "Wasit",
        "Maysan", "Dhi Qar", "Muthanna", "Qadisiyah", "Helmand", "Balochistan", "Baluchistan", "Waziristan",
        "North Waziristan", "South Waziristan", "Khyber Pakhtunkhwa", "Sindh", "Federally Administered Tribal Areas",
        "Nagorno-Karabakh", "Karabakh", "Transnistria", "Abkhazia", "South Ossetia", "Chechnya", "Dagestan",
        "Ingushetia", "Xinjiang", "Tibet", "Mindanao", "Borno", "Niger Delta", "Hadramawt", "Hadramout",
        "Idlib Province", "Bekaa Valley", "Bekaa", "Jordan Valley", "Siberia", "Arctic", "Antarctic", "Patagonia",
        "Pacific", "Pacific Ocean", "Atlantic", "Atlantic Ocean", "Indian Ocean", "Mediterranean",
        "Mediterranean Sea", "Red Sea", "Black Sea", "Caspian Sea", "Dead Sea", "Arabian Sea", "South China Sea",
        "Gulf of Aden", "Gulf of Mexico", "Strait of Hormuz", "Bab el-Mandeb", "Suez Canal", "Euphrates", "Tigris",
        "Nile", "Shatt al-Arab", "Midwest", "New England", "Deep South", "Silicon Valley", "Bay Area",
    ];

    /// <summary>The 50 US states and the District of Columbia.</summary>
    public static readonly string[] UsStates =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
    ];

    /// <summary>
    /// Head words and suffixes that mark organization names, English and Arabic-transliterated, with every
    /// <see cref="ArmedGroupWords"/> word the recognizer also reads.
    /// </summary>
    public static readonly string[] OrganizationWords =
    [
        .. ArmedGroupWords.All,
        "Ministry", "Army", "Brigade", "Party", "Front", "Council", "Forces", "Force", "Police",
        "Agency", "Committee", "Corps", "Movement", "Organization", "Organisation", "Union", "Bank", "Court",
        "Parliament", "Assembly", "Commission", "University", "College", "Academy", "School", "Hospital", "Company",
        "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "Group", "Association",
        "Federation", "Institute", "League", "Battalion", "Division", "Regiment",
        "Guard", "Guards", "Authority", "Office", "Department", "Service", "Services", "Network", "Coalition",
        "Alliance", "Government", "Senate", "Congress", "Cabinet", "Navy", "Command", "Bureau", "Board",
        "Foundation", "Fund", "Society", "Club", "Church", "Secretariat", "Directorate", "Administration",
        "Industries", "Holdings", "Partners", "Airlines", "Airways", "News", "Times", "Post", "Press", "Herald",
        "Tribune", "Journal", "Telegraph", "Gazette", "Television", "Radio", "Broadcasting", "Crescent", "Cross",
        "Watch", "Mission", "Tribunal", "Cartel", "Gang", "Brotherhood", "Order", "Legion", "Unit", "Units",
        "Hezbollah", "Hizbollah", "Hizbullah", "Hamas", "Fatah",
        "Jamaah", "Jemaah", "Tehreek", "Tehrik", "Majlis", "Taliban", "Peshmerga", "Qaeda",
        "al-Qaeda", "Shabab", "al-Shabab", "Daesh", "ISIS", "ISIL", "Houthi", "Houthis",
    ];

    /// <summary>Titles and ranks that precede person names (with and without their abbreviation period).</summary>
    public static readonly string[] PersonTitles =
    [
        "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Minister", "Foreign Minister",
        "Defense Minister", "Defence Minister", "Interior Minister", "Finance Minister", "Secretary",
        "Secretary of State", "Secretary-General", "Chancellor", "King", "Queen", "Prince", "Princess",
        "Crown Prince", "Emir", "Sultan", "Sheikh", "Sheik", "Imam", "Ayatollah", "Grand Ayatollah", "Mullah",
        "Mufti", "Sayyid", "Sayed", "Haji", "Hajji", "Mawlawi", "Cleric", "Pope", "Cardinal", "Archbishop", "Bishop",
        "Rev.", "Reverend", "Father", "Rabbi", "General", "Gen.", "Lieutenant", "Lt.", "Lt. Gen.",
        "Lieutenant General", "Major", "Maj.", "Maj. Gen.", "Major General", "Brigadier", "Brig.", "Brig. Gen.",
        "Brigadier General", "Colonel", "Col.", "Lt. Col.", "Lieutenant Colonel", "Captain", "Capt.", "Commander",
        "Cmdr.", "Admiral", "Adm.", "Field Marshal", "Marshal", "Sergeant", "Sgt.", "Staff Sgt.", "Corporal", "Cpl.",
        "Private", "Pvt.", "Specialist", "Spc.", "Officer", "Detective", "Det.", "Inspector", "Chief",
        "Police Chief", "Sheriff", "Deputy", "Senator", "Sen.", "Representative", "Rep.", "Congressman",
        "Congresswoman", "Governor", "Gov.", "Lt. Gov.", "Mayor", "Judge", "Justice", "Chief Justice",
        "Attorney General", "Prosecutor", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson",
        "Doctor", "Dr.", "Dr", "Professor", "Prof.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Sir", "Dame",
        "Lord", "Lady", "Speaker", "Chairman", "Chairwoman", "Director", "Commissioner", "Leader", "Commander-in-Chief",
    ];

    /// <summary>Head words and suffixes of place names (streets, provinces, landforms), English and Arabic.</summary>
    public static readonly string[] LocationWords =
    [
        "Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Boulevard", "Blvd.", "Highway", "Freeway", "Lane",
        "Square", "Plaza", "Bridge", "Tunnel", "Airport", "Airbase", "Port", "Harbor", "Harbour", "Station",
        "Checkpoint", "Crossing", "Province", "District", "Governorate", "Region", "Prefecture", "County", "Parish",
        "Municipality", "City", "Town", "Village", "Township", "State", "Territory", "Territories", "Strip",
        "Heights", "Valley", "River", "Lake", "Sea", "Ocean", "Gulf", "Bay", "Strait", "Straits", "Island",
        "Islands", "Isles", "Peninsula", "Mountains", "Mountain", "Mount", "Mt.", "Hills", "Hill", "Desert",
        "Plain", "Plains", "Coast", "Park", "Forest", "Canal", "Dam", "Oasis", "Neighborhood", "Neighbourhood",
        "Quarter", "Suburb", "Camp", "Refugee Camp", "Wadi", "Jabal", "Jebel", "Tal", "Tell", "Ras", "Deir",
        "Kafr", "Souq", "Souk", "Mosque", "Market",
    ];

    /// <summary>Common given names of the Arabic-speaking and wider Muslim world (English spellings), which the
    /// English name lists lack; news about the Middle East needs them.</summary>
    public static readonly (string Name, string Gender)[] GivenNames =
    [
        .. Male(
            "Mohammed", "Muhammad", "Mohammad", "Mohamed", "Ahmed", "Ahmad", "Ali", "Hassan", "Hasan", "Hussein",
            "Husain", "Hussain", "Omar", "Umar", "Othman", "Uthman", "Khalid", "Khaled", "Abdullah", "Abdallah",
            "Abdul", "Abdel", "Mahmoud", "Mahmud", "Mustafa", "Moustafa", "Ibrahim", "Ismail", "Youssef", "Yousef",
            "Yusuf", "Hamid", "Hamed", "Haider", "Haidar", "Nouri", "Nuri", "Qassem", "Qasim", "Kassem", "Jamal",
            "Karim", "Kareem", "Samir", "Sami", "Tariq", "Tarek", "Walid", "Waleed", "Ziad", "Ziyad", "Nabil", "Adel",
            "Adil", "Amir", "Ammar", "Anwar", "Bashar", "Faisal", "Fahd", "Hamza", "Hamzah", "Hani", "Hisham", "Imad",
            "Issa", "Jaafar", "Jafar", "Jassim", "Kamal", "Majid", "Majed", "Marwan", "Mazen", "Mohsen", "Muqtada",
            "Nasser", "Nasir", "Osama", "Usama", "Qais", "Rami", "Saad", "Saeed", "Said", "Salah", "Salim", "Saleh",
            "Talal", "Yasser", "Yasir", "Zaid", "Zayed", "Abbas", "Mehmet", "Recep", "Reza", "Hossein",
            "Javad", "Ashraf", "Imran", "Nawaz", "Shahid", "Tayyip"),
        .. Female(
            "Fatima", "Fatma", "Aisha", "Ayesha", "Zainab", "Zeinab", "Maryam", "Mariam", "Layla", "Leila", "Laila",
            "Noor", "Nour", "Huda", "Hanan", "Rania", "Amira", "Samira", "Yasmin", "Yasmine", "Salma", "Rana", "Reem",
            "Dina", "Lina", "Mona", "Nadia", "Suha", "Zahra", "Khadija", "Asma", "Amal", "Hiba", "Iman", "Benazir",
            "Malala"),
    ];

    private static IEnumerable<(string, string)> Male(params string[] names) => names.Select(n => (n, "male"));

    private static IEnumerable<(string, string)> Female(params string[] names) => names.Select(n => (n, "female"));
}
