namespace EntityExtractor.Training.Corpora;

/// <summary>
/// How corpus entity types map onto ours. CoNLL/wikigold: PER→Person, ORG→Organization, LOC→Location,
/// MISC→Miscellaneous (nationalities, events, works are not places). GMB: per→Person, org→Organization, geo→Location;
/// gpe→Location only when it is a proper noun (NNP/NNPS: "Iraq", "Syria" as places or actors), Miscellaneous when it
/// is an adjective ("Iraqi", "British" are what CoNLL calls MISC); art, eve, nat→Miscellaneous; tim→none. GMB puts titles inside
/// person spans ("President George Bush"); like CoNLL we name the person alone, so leading title words are cut
/// (<see cref="IsTitle"/>).
/// </summary>
internal static class TagMapping
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "General", "Gen.", "Secretary",
        "Senator", "Sen.", "King", "Queen", "Prince", "Princess", "Vice", "Pope", "Chancellor", "Deputy", "Foreign", "Defense",
        "Interior", "Finance", "Premier", "Governor", "Gov.", "Sheikh", "Ayatollah", "Cardinal", "Judge", "Colonel", "Col.",
        "Lieutenant", "Lt.", "Commander", "Chief", "Ambassador", "Envoy", "Representative", "Rep.", "Speaker", "Archbishop",
        "Bishop", "Rev.", "Reverend", "Sergeant", "Sgt.", "Captain", "Capt.", "Major", "Maj.", "Admiral", "Adm.", "Emperor",
        "Sultan", "Emir", "Crown", "Secretary-General", "Mayor", "former", "Former",
    };

    /// <summary>Whether a word is a title GMB keeps inside person spans.</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>Our type for a CoNLL-style type name, or null.</summary>
    public static EntityType? FromConll(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        "MISC" => EntityType.Miscellaneous,
        _ => null,
    };

    /// <summary>Our type for a GMB type name and the token's POS tag, or null.</summary>
    public static EntityType? FromGmb(string type, string pos) => type switch
    {
        "per" => EntityType.Person,
        "org" => EntityType.Organization,
        "geo" => EntityType.Location,
        "gpe" when pos.StartsWith("NNP", StringComparison.Ordinal) => EntityType.Location,
        "gpe" or "art" or "eve" or "nat" => EntityType.Miscellaneous,
        _ => null,
    };
}
