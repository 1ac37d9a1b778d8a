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

    /// <summary>
    /// Matches of a lexicon of the names annotated in the training data (kind bits 1 person, 2 organization,
    /// 4 location); the trainer builds it out-of-fold so the model learns how far to trust it.
    /// </summary>
    Lexicon = 8,
}
