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
    /// First-pass sums are kept for at most this many tokens (about 22 million characters of news, 185 MB of
    /// sums); the second pass extracts the features of later windows again. Past it each further token costs about
    /// 1.7 times as much to tag and saves the 44 bytes its sums would take, which keeps peak memory under ten times
    /// the text's size however long it is. The first tokens keep their sums whatever the length, so the cost grows
    /// smoothly with the text rather than stepping at a size; the labels are the same either way.
    /// </summary>
    internal const int KeptSumTokens = 1 << 22;

    /// <summary>Writes a BIO label and a max-marginal margin for every token of a document.</summary>
    /// <remarks>
    /// Each feature is extracted and looked up once: the first pass also sums the second pass's weights of the
    /// same features (<see cref="TwoPassWeights"/>), so the second pass only adds the document features. Past
    /// <see cref="KeptSumTokens"/> tokens the sums are recomputed window by window instead of kept.
    /// </remarks>
    public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<byte> labels, Span<float> margins) =>
        TagDocument(text, tokens, sentences, labels, margins, KeptSumTokens);

    /// <summary>As <see cref="TagDocument(ReadOnlySpan{char}, ReadOnlySpan{Token}, IReadOnlyList{Sentence}, Span{byte}, Span{float})"/>, keeping first-pass sums for the windows that end within <paramref name="keptSumTokens"/> tokens.</summary>
    internal void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<byte> labels, Span<float> margins, int keptSumTokens)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        bool twoPass = Model.Second is not null;

        // Windows that end within `kept` keep their sums at their own offset; any other window uses the room after them.
        int kept = twoPass ? Math.Min(n, keptSumTokens) : 0;
        TwoPassWeights weights = Model.Weights;
        uint[] features = ArrayPool<uint>.Shared.Rent(MaxWindow * M);
        int[] counts = ArrayPool<int>.Shared.Rent(MaxWindow);
        uint[] scratch = ArrayPool<uint>.Shared.Rent(MaxWindow * FeatureExtractor.ScratchPerToken);
        float[] emissions = ArrayPool<float>.Shared.Rent(MaxWindow * L);
        float[] decoderScratch = ArrayPool<float>.Shared.Rent(MaxWindow * ViterbiDecoder.ScratchPerToken);
        int[] secondSums = ScratchArray.Rent<int>((kept + MaxWindow) * S);
        uint[]? hints = twoPass ? ScratchArray.Rent<uint>(n) : null;
        uint[]? wordFeatures = twoPass ? ScratchArray.Rent<uint>((kept + MaxWindow) * W) : null;
        try
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                Sentence sentence = sentences[s];
                for (int start = sentence.FirstToken; start < sentence.EndToken; start += MaxWindow)
                {
                    int length = Math.Min(MaxWindow, sentence.EndToken - start);
                    bool isKept = start + length <= kept;
                    int at = isKept ? start : kept;
                    Model.Features.Extract(text, tokens.Slice(start, length), features, counts, scratch);
                    weights.Score(features, counts, length, emissions, secondSums.AsSpan(at * S, length * S));
                    if (wordFeatures is not null && isKept)
                    {
                        FeatureExtractor.KeepWordFeatures(features, length, wordFeatures.AsSpan(at * W, length * W));
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
                        bool isKept = start + length <= kept;
                        int at = isKept ? start : kept;
                        if (!isKept)
                        {
                            // The same features and sums as the first pass computed for this window.
                            Model.Features.Extract(text, tokens.Slice(start, length), features, counts, scratch);
                            weights.Score(features, counts, length, emissions, secondSums.AsSpan(at * S, length * S));
                            FeatureExtractor.KeepWordFeatures(features, length, wordFeatures.AsSpan(at * W, length * W));
                        }

                        FeatureExtractor.HintFeatures(wordFeatures.AsSpan(at * W, length * W), hints.AsSpan(start, length), length, hintFeatures);
                        weights.ScoreSecond(hintFeatures.AsSpan(0, length * H), secondSums.AsSpan(at * S, length * S), length, emissions);
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

    /// <summary>Turns labels into spans (consecutive <c>MISC</c> tokens are one); a span's margin is the smallest token margin over it and the token after it.</summary>
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
            while (end < labels.Length && BioLabels.Continues(label, labels[end]))
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
