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
}
