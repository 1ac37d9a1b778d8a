using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Corpora;

/// <summary>A sentence of corpus tokens with gold BIO labels over our seven labels (<see cref="BioLabels"/>).</summary>
internal sealed record LabeledSentence(IReadOnlyList<string> Words, IReadOnlyList<byte> Labels)
{
    public int Count => Words.Count;
}

/// <summary>A document: its sentences in order (GMB has no document boundaries: each sentence is its own document).</summary>
internal sealed record LabeledDocument(IReadOnlyList<LabeledSentence> Sentences);
