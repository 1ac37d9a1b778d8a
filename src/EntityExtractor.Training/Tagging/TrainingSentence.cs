using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;

namespace EntityExtractor.Training.Tagging;

/// <summary>
/// A sentence to train or select on: its gold labels, the document features of a second pass (null in the first),
/// the feature extractor its document uses, and its corpus (<see cref="GeneralCorpus"/> for the corpus whose
/// conventions the model follows; any other value marks a corpus whose features are also learned in a copy of
/// their own, see <see cref="PerceptronTrainer"/>).
/// </summary>
internal sealed record TrainingSentence(LabeledSentence Sentence, uint[]? Hints, FeatureExtractor Features, int Corpus = TrainingSentence.GeneralCorpus)
{
    /// <summary>The corpus whose conventions the model follows (CoNLL-2003): its features fire once, in the general copy.</summary>
    public const int GeneralCorpus = 0;
}
