using System.Buffers;
using EntityExtractor.Sentences;
using EntityExtractor.Text;
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

    private const int M = FeatureExtractor.MaxFeaturesPerToken;
    private const int S = TwoPassWeights.SumStride;
    private const int W = FeatureExtractor.WordFeatureCount;
    private const int H = FeatureExtractor.HintFeatureCount;

    /// <summary>
    /// Documents of more tokens than this (about 2.7 million characters of news) keep no per-token first-pass sums:
    /// the second pass extracts each window's features again. That costs up to 1.8 times the tagging time on such
    /// documents and saves 44 bytes a token (420 MB on a 50-million-character text), which keeps peak memory under
    /// ten times the text's size; the labels are the same either way.
    /// </summary>
    internal const int LowMemoryTokens = 1 << 19;

    /// <summary>Writes a BIO label and a max-marginal margin for every token of a document.</summary>
    /// <remarks>
    /// Each feature is extracted and looked up once: the first pass also sums the second pass's weights of the
    /// same features (<see cref="TwoPassWeights"/>), so the second pass only adds the document features. Above
    /// <see cref="LowMemoryTokens"/> tokens the sums are recomputed window by window instead of kept.
    /// </remarks>
    public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<byte> labels, Span<float> margins) =>
        TagDocument(text, tokens, sentences, labels, margins, keepSums: tokens.Length <= LowMemoryTokens);

    /// <summary>As <see cref="TagDocument(ReadOnlySpan{char}, ReadOnlySpan{Token}, IReadOnlyList{Sentence}, Span{byte}, Span{float})"/>, choosing whether to keep the first-pass sums.</summary>
    internal void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<byte> labels, Span<float> margins, bool keepSums)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        bool twoPass = Model.Second is not null;
        bool keep = twoPass && keepSums;
        TwoPassWeights weights = Model.Weights;
        uint[] features = ArrayPool<uint>.Shared.Rent(MaxWindow * M);
        int[] counts = ArrayPool<int>.Shared.Rent(MaxWindow);
        uint[] scratch = ArrayPool<uint>.Shared.Rent(MaxWindow * FeatureExtractor.ScratchPerToken);
        float[] emissions = ArrayPool<float>.Shared.Rent(MaxWindow * L);
        float[] decoderScratch = ArrayPool<float>.Shared.Rent(MaxWindow * ViterbiDecoder.ScratchPerToken);
        int[] secondSums = ScratchArray.Rent<int>(keep ? n * S : MaxWindow * S);
        uint[]? hints = twoPass ? ScratchArray.Rent<uint>(n) : null;
        uint[]? wordFeatures = twoPass ? ScratchArray.Rent<uint>(keep ? n * W : MaxWindow * W) : null;
        try
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                Sentence sentence = sentences[s];
                for (int start = sentence.FirstToken; start < sentence.EndToken; start += MaxWindow)
                {
                    int length = Math.Min(MaxWindow, sentence.EndToken - start);
                    Model.Features.Extract(text, tokens.Slice(start, length), features, counts, scratch);
                    weights.Score(features, counts, length, emissions, secondSums.AsSpan(keep ? start * S : 0, length * S));
                    if (keep && wordFeatures is not null)
                    {
                        FeatureExtractor.KeepWordFeatures(features, length, wordFeatures.AsSpan(start * W, length * W));
                    }

                    ViterbiDecoder.Decode(emissions, length, Model.First.Transitions, labels.Slice(start, length), twoPass ? default : margins.Slice(start, length), decoderScratch);
                }
            }

            if (Model.Second is { } second && hints is not null && wordFeatures is not null)
            {
                DocumentHints.Compute(text, tokens, labels, hints);
                uint[] hintFeatures = features;
                for (int s = 0; s < sentences.Count; s++)
                {
                    Sentence sentence = sentences[s];
                    for (int start = sentence.FirstToken; start < sentence.EndToken; start += MaxWindow)
                    {
                        int length = Math.Min(MaxWindow, sentence.EndToken - start);
                        int kept = keep ? start : 0;
                        if (!keep)
                        {
                            // The same features and sums as the first pass computed for this window.
                            Model.Features.Extract(text, tokens.Slice(start, length), features, counts, scratch);
                            weights.Score(features, counts, length, emissions, secondSums.AsSpan(0, length * S));
                            FeatureExtractor.KeepWordFeatures(features, length, wordFeatures.AsSpan(0, length * W));
                        }

                        FeatureExtractor.HintFeatures(wordFeatures.AsSpan(kept * W, length * W), hints.AsSpan(start, length), length, hintFeatures);
                        weights.ScoreSecond(hintFeatures.AsSpan(0, length * H), secondSums.AsSpan(kept * S, length * S), length, emissions);
                        ViterbiDecoder.Decode(emissions, length, second.Transitions, labels.Slice(start, length), margins.Slice(start, length), decoderScratch);
                    }
                }
            }
        }
        finally
        {
            if (wordFeatures is not null)
            {
                ScratchArray.Return(wordFeatures);
            }

            if (hints is not null)
            {
                ScratchArray.Return(hints);
            }

            ScratchArray.Return(secondSums);
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
}
