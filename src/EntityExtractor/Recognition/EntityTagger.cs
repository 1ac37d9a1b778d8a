using System.Buffers;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Tags a document with the model: per sentence, features, scores from the quantized weights and constrained
/// Viterbi; then, when the model has one, a second pass that also sees what the first pass found elsewhere in
/// the document. Immutable and thread-safe; buffers are rented per call.
/// </summary>
internal sealed class EntityTagger
{
    /// <summary>Longer sentences are tagged in windows of this many tokens.</summary>
    public const int MaxWindow = 200;

    private const int L = BioLabels.Count;

    public EntityTagger(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    public TaggerModel Model { get; }

    /// <summary>Writes a BIO label and a max-marginal margin for every token of a document.</summary>
    public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<byte> labels, Span<float> margins)
    {
        RunPass(Model.First, text, tokens, sentences, default, labels, margins);
        if (Model.Second is { } second && !tokens.IsEmpty)
        {
            uint[] hints = ArrayPool<uint>.Shared.Rent(tokens.Length);
            try
            {
                DocumentHints.Compute(text, tokens, labels, hints);
                RunPass(second, text, tokens, sentences, hints.AsSpan(0, tokens.Length), labels, margins);
            }
            finally
            {
                ArrayPool<uint>.Shared.Return(hints);
            }
        }
    }

    /// <summary>Appends the entities of a tagged document, sentence by sentence (token indexes into the document).</summary>
    public static void CollectSpans(IReadOnlyList<Sentence> sentences, ReadOnlySpan<byte> labels, ReadOnlySpan<float> margins, List<TaggedSpan> output)
    {
        foreach (var sentence in sentences)
        {
            CollectSpans(labels.Slice(sentence.FirstToken, sentence.TokenCount), margins.Slice(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, output);
        }
    }

    /// <summary>Turns BIO labels into spans; a span's margin is the smallest token margin over it and the token after it.</summary>
    internal static void CollectSpans(ReadOnlySpan<byte> labels, ReadOnlySpan<float> margins, int offset, List<TaggedSpan> output)
    {
        int i = 0;
        while (i < labels.Length)
        {
            int label = labels[i];
            if (label == BioLabels.Outside || BioLabels.IsInside(label))
            {
                i++;
                continue;
            }

            int end = i + 1;
            while (end < labels.Length && labels[end] == label + 1)
            {
                end++;
            }

            float margin = float.PositiveInfinity;
            int last = Math.Min(end, labels.Length - 1);
            for (int k = i; k <= last; k++)
            {
                margin = Math.Min(margin, margins.IsEmpty ? 0 : margins[k]);
            }

            output.Add(new TaggedSpan(offset + i, offset + end, BioLabels.TypeOf(label), margin));
            i = end;
        }
    }

    private void RunPass(LinearStage stage, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, ReadOnlySpan<uint> hints, Span<byte> labels, Span<float> margins)
    {
        foreach (var sentence in sentences)
        {
            for (int start = sentence.FirstToken; start < sentence.EndToken; start += MaxWindow)
            {
                int n = Math.Min(MaxWindow, sentence.EndToken - start);
                TagWindow(stage, text, tokens.Slice(start, n), hints.IsEmpty ? default : hints.Slice(start, n), labels.Slice(start, n), margins.Slice(start, n));
            }
        }
    }

    private void TagWindow(LinearStage stage, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> hints, Span<byte> labels, Span<float> margins)
    {
        int n = tokens.Length;
        uint[] features = ArrayPool<uint>.Shared.Rent(n * FeatureExtractor.MaxFeaturesPerToken);
        int[] counts = ArrayPool<int>.Shared.Rent(n);
        uint[] scratch = ArrayPool<uint>.Shared.Rent(n * FeatureExtractor.ScratchPerToken);
        float[] emissions = ArrayPool<float>.Shared.Rent(n * L);
        float[] decoderScratch = ArrayPool<float>.Shared.Rent(n * ViterbiDecoder.ScratchPerToken);
        try
        {
            Model.Features.Extract(text, tokens, features, counts, scratch, hints);
            stage.Score(features, counts, n, emissions);
            ViterbiDecoder.Decode(emissions, n, stage.Transitions, labels, margins, decoderScratch);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(decoderScratch);
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<uint>.Shared.Return(scratch);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<uint>.Shared.Return(features);
        }
    }
}
