namespace EntityExtractor.Recognition;

/// <summary>An entity the tagger found: tokens <c>[FirstToken, EndToken)</c> of the sentence, its type and decoding margin.</summary>
internal readonly record struct TaggedSpan(int FirstToken, int EndToken, EntityType Type, float Margin)
{
    /// <summary>
    /// Whether a later rule took the span out (<see cref="Removed"/>): spans are marked, not deleted, while the
    /// token-to-span index that the rules share is in use.
    /// </summary>
    public bool IsRemoved => EndToken <= FirstToken;

    /// <summary>The span taken out: empty, so that it yields no entity.</summary>
    public TaggedSpan Removed() => this with { EndToken = FirstToken };
}
