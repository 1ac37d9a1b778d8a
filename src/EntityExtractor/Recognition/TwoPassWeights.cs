using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace EntityExtractor.Recognition;

/// <summary>
/// The weights of both passes in one open-addressing table, so each feature of a token is looked up once:
/// the first pass's emission scores and the second pass's sums over the same features come out of one probe,
/// and the second pass then only adds its document features (<see cref="FeatureExtractor.HintFeatures"/>).
/// Keys sit alone in a small array (a miss touches only it); a hit's 16 int16 weights (eight of the first
/// pass, one a label, then eight of the second) fill 32 bytes at the same slot index. Immutable and thread-safe.
/// </summary>
internal sealed class TwoPassWeights
{
    /// <summary>Ints a token takes in the second-pass sums (one a label).</summary>
    public const int SumStride = 8;

    private const int L = BioLabels.Count;
    private const int Stride = 2 * L;

    private readonly uint[] _keys;
    private readonly short[] _weights;
    private readonly int _mask;
    private readonly float _firstScale;
    private readonly float _secondScale;

    public TwoPassWeights(LinearStage first, LinearStage? second)
    {
        ArgumentNullException.ThrowIfNull(first);
        // Sized for the distinct keys (the passes share most of theirs) at a load factor of at most one half.
        int distinct = second is null ? first.FeatureKeys.Length : DistinctAtMost(first.FeatureKeys, second.FeatureKeys);
        int size = 16;
        while (size < distinct * 2)
        {
            size <<= 1;
        }

        _keys = new uint[size];
        _weights = new short[size * Stride];
        _mask = size - 1;
        _firstScale = first.WeightScale;
        _secondScale = second?.WeightScale ?? 0;
        Add(first, 0);
        if (second is not null)
        {
            Add(second, Stride / 2);
        }
    }

    /// <summary>
    /// First-pass emission scores of <paramref name="n"/> tokens, and each token's second-pass weight sums
    /// (<see cref="SumStride"/> a token, unscaled) over the same features.
    /// </summary>
    public void Score(ReadOnlySpan<uint> features, ReadOnlySpan<int> counts, int n, Span<float> emissions, Span<int> secondSums)
    {
        uint[] keys = _keys;
        short[] weights = _weights;
        int mask = _mask;
        for (int i = 0; i < n; i++)
        {
            var sums = Vector256<int>.Zero;
            var seconds = Vector256<int>.Zero;
            ReadOnlySpan<uint> tokenFeatures = features.Slice(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]);
            foreach (uint key in tokenFeatures)
            {
                int slot = Find(keys, mask, key);
                if (slot >= 0)
                {
                    var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref weights[slot * Stride]));
                    sums += low;
                    seconds += high;
                }
            }

            Span<float> e = emissions.Slice(i * L, L);
            var scaled = Vector256.ConvertToSingle(sums) * _firstScale;
            scaled.CopyTo(e);

            seconds.CopyTo(secondSums.Slice(i * SumStride, SumStride));
        }
    }

    /// <summary>Second-pass emission scores: the sums of <see cref="Score"/> plus the document features.</summary>
    public void ScoreSecond(ReadOnlySpan<uint> hintFeatures, ReadOnlySpan<int> secondSums, int n, Span<float> emissions)
    {
        uint[] keys = _keys;
        short[] weights = _weights;
        int mask = _mask;
        const int H = FeatureExtractor.HintFeatureCount;
        for (int i = 0; i < n; i++)
        {
            var sums = Vector256.Create(secondSums.Slice(i * SumStride, SumStride));
            foreach (uint key in hintFeatures.Slice(i * H, H))
            {
                int slot = Find(keys, mask, key);
                if (slot >= 0)
                {
                    sums += Vector256.Widen(Vector256.LoadUnsafe(ref weights[slot * Stride])).Upper;
                }
            }

            Span<float> e = emissions.Slice(i * L, L);
            var scaled = Vector256.ConvertToSingle(sums) * _secondScale;
            scaled.CopyTo(e);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Find(uint[] keys, int mask, uint key)
    {
        int slot = (int)(key & (uint)mask);
        while (true)
        {
            uint k = keys[slot];
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// How many distinct keys the two stages have, exactly when each lists its keys in ascending order (as the
    /// trainer writes them) and never fewer otherwise: a merge that counts a key of both once.
    /// </summary>
    private static int DistinctAtMost(uint[] a, uint[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return a.Length + b.Length - shared;
    }

    private void Add(LinearStage stage, int offset)
    {
        uint[] featureKeys = stage.FeatureKeys;
        for (int row = 0; row < featureKeys.Length; row++)
        {
            uint key = featureKeys[row];
            if (key == 0)
            {
                throw new InvalidDataException($"Model feature {row} has key 0, which is reserved.");
            }

            int slot = (int)(key & (uint)_mask);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            stage.Weights.AsSpan(row * L, L).CopyTo(_weights.AsSpan((slot * Stride) + offset, L));
        }
    }
}
