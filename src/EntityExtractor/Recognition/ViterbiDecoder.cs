using System.Runtime.Intrinsics;

namespace EntityExtractor.Recognition;

/// <summary>
/// First-order Viterbi over the eight labels (<see cref="BioLabels"/>) with the invalid transitions (<c>O</c> or sentence start to
/// <c>I-X</c>, <c>B-X</c>/<c>I-X</c> to <c>I-Y</c>) forbidden. Transition scores are a
/// <c>(Count + 1) × Count</c> matrix: row 0 from the sentence start, row <c>p + 1</c> from label <c>p</c>.
/// </summary>
internal static class ViterbiDecoder
{
    private const int L = BioLabels.Count;

    public const int TransitionCount = (L + 1) * L;

    /// <summary>Scratch floats needed per token by <see cref="Decode"/> (forward and backward scores, eight lanes each).</summary>
    public const int ScratchPerToken = 2 * V;

    /// <summary>Lanes of a score vector: one a label.</summary>
    private const int V = L;

    /// <summary>
    /// Writes the best label sequence to <paramref name="labels"/> and, when <paramref name="margins"/> is not
    /// empty, each token's max-marginal margin: the best path's score minus the best score of any path that
    /// gives that token another label (0 when another label ties).
    /// </summary>
    /// <returns>The best path's score.</returns>
    public static float Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<byte> labels, Span<float> margins, Span<float> scratch)
    {
        if (n == 0)
        {
            return 0;
        }

        Span<float> forward = scratch[..(n * V)];
        Span<float> backward = scratch.Slice(n * V, n * V);

        // The transitions as vectors, forbidden ones at minus infinity: from[p + 1] over the next label (p = -1:
        // sentence start), into[z] over the previous label.
        Span<Vector256<float>> from = stackalloc Vector256<float>[L + 1];
        Span<Vector256<float>> into = stackalloc Vector256<float>[L];
        Span<float> lanes = stackalloc float[V];
        for (int p = -1; p < L; p++)
        {
            for (int y = 0; y < V; y++)
            {
                lanes[y] = BioLabels.IsAllowed(p, y) ? transitions[((p + 1) * L) + y] : float.NegativeInfinity;
            }

            from[p + 1] = Vector256.Create<float>(lanes);
        }

        for (int z = 0; z < L; z++)
        {
            for (int y = 0; y < V; y++)
            {
                lanes[y] = BioLabels.IsAllowed(y, z) ? transitions[((y + 1) * L) + z] : float.NegativeInfinity;
            }

            into[z] = Vector256.Create<float>(lanes);
        }

        (from[0] + Emission(emissions, 0)).CopyTo(forward);
        for (int i = 1; i < n; i++)
        {
            ReadOnlySpan<float> previous = forward.Slice((i - 1) * V, V);
            var best = Vector256.Create(previous[0]) + from[1];
            for (int p = 1; p < L; p++)
            {
                best = Vector256.Max(best, Vector256.Create(previous[p]) + from[p + 1]);
            }

            (best + Emission(emissions, i)).CopyTo(forward.Slice(i * V, V));
        }

        // Backward: best score of the rest of the sentence after token i given its label.
        backward.Slice((n - 1) * V, V).Clear();
        for (int i = n - 2; i >= 0; i--)
        {
            int next = (i + 1) * L;
            ReadOnlySpan<float> after = backward.Slice((i + 1) * V, V);
            var best = into[0] + Vector256.Create(emissions[next]) + Vector256.Create(after[0]);
            for (int z = 1; z < L; z++)
            {
                best = Vector256.Max(best, into[z] + Vector256.Create(emissions[next + z]) + Vector256.Create(after[z]));
            }

            best.CopyTo(backward.Slice(i * V, V));
        }

        // Read the path forward from the max-marginals (ties broken towards the lower label, consistently).
        float total = float.NegativeInfinity;
        int label = 0;
        for (int y = 0; y < L; y++)
        {
            float s = forward[y] + backward[y];
            if (s > total)
            {
                total = s;
                label = y;
            }
        }

        labels[0] = (byte)label;
        for (int i = 1; i < n; i++)
        {
            int row = i * L;
            int previous = labels[i - 1];
            int vectorRow = i * V;
            float best = float.NegativeInfinity;
            int bestLabel = 0;
            for (int y = 0; y < L; y++)
            {
                if (!BioLabels.IsAllowed(previous, y))
                {
                    continue;
                }

                // Score of the best path through (i-1, previous) and (i, y).
                float s = forward[vectorRow - V + previous] + transitions[((previous + 1) * L) + y] + emissions[row + y] + backward[vectorRow + y];
                if (s > best)
                {
                    best = s;
                    bestLabel = y;
                }
            }

            labels[i] = (byte)bestLabel;
        }

        if (!margins.IsEmpty)
        {
            for (int i = 0; i < n; i++)
            {
                int row = i * V;
                float other = float.NegativeInfinity;
                for (int y = 0; y < L; y++)
                {
                    if (y != labels[i])
                    {
                        other = Math.Max(other, forward[row + y] + backward[row + y]);
                    }
                }

                margins[i] = Math.Max(0, total - other);
            }
        }

        return total;
    }

    /// <summary>The emission scores of token <paramref name="i"/> as a vector.</summary>
    private static Vector256<float> Emission(ReadOnlySpan<float> emissions, int i) => Vector256.Create(emissions.Slice(i * L, V));
}
