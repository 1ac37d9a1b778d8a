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

    /// <summary>Documents up to this many tokens keep their first-pass features for the second pass.</summary>
    private const int ReuseLimit = 16384;

    private const int M = FeatureExtractor.MaxFeaturesPerToken;

    /// <summary>Writes a BIO label and a max-marginal margin for every token of a document.</summary>
    public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<byte> labels, Span<float> margins)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        bool reuse = Model.Second is not null && n <= ReuseLimit;
        int capacity = reuse ? n : MaxWindow;
        uint[] features = ArrayPool<uint>.Shared.Rent(capacity * M);
        int[] counts = ArrayPool<int>.Shared.Rent(capacity);
        uint[] scratch = ArrayPool<uint>.Shared.Rent(MaxWindow * FeatureExtractor.ScratchPerToken);
        float[] emissions = ArrayPool<float>.Shared.Rent(MaxWindow * L);
        float[] decoderScratch = ArrayPool<float>.Shared.Rent(MaxWindow * ViterbiDecoder.ScratchPerToken);
        uint[]? hints = Model.Second is null ? null : ArrayPool<uint>.Shared.Rent(n);
        try
        {
            foreach (var (start, length) in Windows(sentences))
            {
                int at = reuse ? start : 0;
                Span<uint> f = features.AsSpan(at * M, length * M);
                Span<int> c = counts.AsSpan(at, length);
                Model.Features.Extract(text, tokens.Slice(start, length), f, c, scratch);
                Decode(Model.First, f, c, length, emissions, decoderScratch, labels.Slice(start, length), margins.Slice(start, length));
            }

            if (Model.Second is { } second && hints is not null)
            {
                DocumentHints.Compute(text, tokens, labels, hints);
                foreach (var (start, length) in Windows(sentences))
                {
                    int at = reuse ? start : 0;
                    Span<uint> f = features.AsSpan(at * M, length * M);
                    Span<int> c = counts.AsSpan(at, length);
                    if (!reuse)
                    {
                        Model.Features.Extract(text, tokens.Slice(start, length), f, c, scratch);
                    }

                    FeatureExtractor.AppendHints(f, c, length, hints.AsSpan(start, length));
                    Decode(second, f, c, length, emissions, decoderScratch, labels.Slice(start, length), margins.Slice(start, length));
                }
            }
        }
        finally
        {
            if (hints is not null)
            {
                ArrayPool<uint>.Shared.Return(hints);
            }

            ArrayPool<float>.Shared.Return(decoderScratch);
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<uint>.Shared.Return(scratch);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<uint>.Shared.Return(features);
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

    /// <summary>Each sentence, cut into windows of at most <see cref="MaxWindow"/> tokens.</summary>
    private static IEnumerable<(int Start, int Length)> Windows(IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            for (int start = sentence.FirstToken; start < sentence.EndToken; start += MaxWindow)
            {
                yield return (start, Math.Min(MaxWindow, sentence.EndToken - start));
            }
        }
    }

    private static void Decode(LinearStage stage, ReadOnlySpan<uint> features, ReadOnlySpan<int> counts, int n, float[] emissions, float[] decoderScratch, Span<byte> labels, Span<float> margins)
    {
        stage.Score(features, counts, n, emissions);
        ViterbiDecoder.Decode(emissions, n, stage.Transitions, labels, margins, decoderScratch);
    }
}
