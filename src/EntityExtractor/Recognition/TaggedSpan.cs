namespace EntityExtractor.Recognition;

/// <summary>An entity the tagger found: tokens <c>[FirstToken, EndToken)</c> of the sentence, its type and decoding margin.</summary>
internal readonly record struct TaggedSpan(int FirstToken, int EndToken, EntityType Type, float Margin);
