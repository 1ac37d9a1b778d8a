namespace EntityExtractor.Recognition;

/// <summary>Which groups of features a model was trained with (stored in the model).</summary>
[Flags]
internal enum FeatureSet
{
    /// <summary>Word, affixes, shapes, case flags, ±2 window words and shapes, neighbour bigrams.</summary>
    Lexical = 1,

    /// <summary>Word classes (clusters of word vectors) of the word and its neighbours.</summary>
    WordClasses = 2,

    /// <summary>Gazetteer matches (multi-token, by kind) covering the word.</summary>
    Gazetteers = 4,
}
