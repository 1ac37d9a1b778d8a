namespace EntityExtractor;

/// <summary>The kinds of named entity the extractor reports.</summary>
public enum EntityType
{
    /// <summary>A person, named (not a title or a description).</summary>
    Person = 1,

    /// <summary>An organization: a government body, armed group, party, company, agency, team.</summary>
    Organization = 2,

    /// <summary>A place: a country, region, city, district, street or natural feature.</summary>
    Location = 3,

    /// <summary>
    /// Any other name: an event, a work, a law, a product, a nationality or an adjective of a place ("Brexit",
    /// "World Cup", "Iraqi"). The model learns these so they are not mistaken for the three types above;
    /// <see cref="NewsEntityExtractor.Extract(string)"/> does not return them.
    /// </summary>
    Miscellaneous = 4,
}
