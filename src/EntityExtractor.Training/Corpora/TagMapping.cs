using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Corpora;

/// <summary>
/// How corpus entity types map onto ours. CoNLL/wikigold: PER→Person, ORG→Organization, LOC→Location,
/// MISC→none (nationalities, events, works are not places). GMB: per→Person, org→Organization, geo→Location;
/// gpe→Location only when it is a proper noun (NNP/NNPS: "Iraq", "Syria" as places or actors), none when it is an
/// adjective ("Iraqi", "British" are what CoNLL calls MISC); tim, art, eve, nat→none.
/// </summary>
internal static class TagMapping
{
    /// <summary>Our type for a CoNLL-style type name, or null.</summary>
    public static EntityType? FromConll(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => null,
    };

    /// <summary>Our type for a GMB type name and the token's POS tag, or null.</summary>
    public static EntityType? FromGmb(string type, string pos) => type switch
    {
        "per" => EntityType.Person,
        "org" => EntityType.Organization,
        "geo" => EntityType.Location,
        "gpe" when pos.StartsWith("NNP", StringComparison.Ordinal) => EntityType.Location,
        _ => null,
    };
}
