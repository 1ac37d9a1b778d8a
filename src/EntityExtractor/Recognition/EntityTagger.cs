using System.Buffers;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// Tags the tokens of one sentence with the model: features, scores from the quantized weights, constrained
/// Viterbi, then spans with their margins. Immutable and thread-safe; buffers are rented per call.
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

    /// <summary>Appends the entities of a sentence (token indexes relative to <paramref name="tokens"/>).</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<TaggedSpan> output)
    {
        for (int start = 0; start < tokens.Length; start += MaxWindow)
        {
            int n = Math.Min(MaxWindow, tokens.Length - start);
            TagWindow(text, tokens.Slice(start, n), start, output, default);
        }
    }

    /// <summary>Tags one window and also returns its labels (for evaluation).</summary>
    public void TagWindow(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int offset, List<TaggedSpan> output, Span<byte> labelsOut)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        uint[] features = ArrayPool<uint>.Shared.Rent(n * FeatureExtractor.MaxFeaturesPerToken);
        int[] counts = ArrayPool<int>.Shared.Rent(n);
        uint[] scratch = ArrayPool<uint>.Shared.Rent(n * FeatureExtractor.ScratchPerToken);
        float[] emissions = ArrayPool<float>.Shared.Rent(n * L);
        float[] decoderScratch = ArrayPool<float>.Shared.Rent(n * ViterbiDecoder.ScratchPerToken);
        float[] margins = ArrayPool<float>.Shared.Rent(n);
        byte[] labels = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            Model.Features.Extract(text, tokens, features, counts, scratch);
            Score(features, counts, n, emissions);
            ViterbiDecoder.Decode(emissions, n, Model.Transitions, labels, margins.AsSpan(0, n), decoderScratch);
            if (!labelsOut.IsEmpty)
            {
                labels.AsSpan(0, n).CopyTo(labelsOut);
            }

            CollectSpans(labels.AsSpan(0, n), margins.AsSpan(0, n), offset, output);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(margins);
            ArrayPool<float>.Shared.Return(decoderScratch);
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<uint>.Shared.Return(scratch);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<uint>.Shared.Return(features);
        }
    }

    private void Score(uint[] features, int[] counts, int n, float[] emissions)
    {
        UIntTable rows = Model.FeatureRows;
        short[] weights = Model.Weights;
        float scale = Model.WeightScale;
        Span<int> sums = stackalloc int[L];
        for (int i = 0; i < n; i++)
        {
            sums.Clear();
            int baseIndex = i * FeatureExtractor.MaxFeaturesPerToken;
            for (int f = 0; f < counts[i]; f++)
            {
                int row = rows.Find(features[baseIndex + f]);
                if (row < 0)
                {
                    continue;
                }

                ReadOnlySpan<short> w = weights.AsSpan(row * L, L);
                for (int y = 0; y < L; y++)
                {
                    sums[y] += w[y];
                }
            }

            for (int y = 0; y < L; y++)
            {
                emissions[(i * L) + y] = sums[y] * scale;
            }
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
