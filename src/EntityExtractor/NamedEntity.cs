namespace EntityExtractor;

/// <summary>
/// One person, organization or place a text names, with every mention of it: "who is named in this article" is
/// <c>result.People.Select(p =&gt; p.Name)</c>.
/// </summary>
/// <remarks>
/// Mentions are grouped when they spell the same name, ignoring ASCII case and runs of white space
/// ("BAGHDAD" and "Baghdad"), and a person's surname used alone ("Okafor") joins the one full name in the text
/// that ends with it ("Grace Okafor"); when two people share that surname, it stays a name of its own.
/// </remarks>
public sealed class NamedEntity
{
    internal NamedEntity(string name, EntityType type, IReadOnlyList<Entity> mentions)
    {
        Name = name;
        Type = type;
        Mentions = mentions;
    }

    /// <summary>The name as the text writes it most fully: the first mention with the most words, in its usual case.</summary>
    public string Name { get; }

    /// <summary>What the name names.</summary>
    public EntityType Type { get; }

    /// <summary>Every mention, in text order; never empty.</summary>
    public IReadOnlyList<Entity> Mentions { get; }

    /// <summary>How many times the text names it.</summary>
    public int Count => Mentions.Count;

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {Name} ({Count})";
}
