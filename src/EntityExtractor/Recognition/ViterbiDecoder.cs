namespace EntityExtractor.Recognition;

/// <summary>
/// First-order Viterbi over the seven BIO labels with the invalid transitions (<c>O</c> or sentence start to
/// <c>I-X</c>, <c>B-X</c>/<c>I-X</c> to <c>I-Y</c>) forbidden. Transition scores are a
/// <c>(Count + 1) × Count</c> matrix: row 0 from the sentence start, row <c>p + 1</c> from label <c>p</c>.
/// </summary>
internal static class ViterbiDecoder
{
    private const int L = BioLabels.Count;

    public const int TransitionCount = (L + 1) * L;

    /// <summary>Scratch floats needed per token by <see cref="Decode"/> (forward and backward scores).</summary>
    public const int ScratchPerToken = 2 * L;

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

        Span<float> forward = scratch[..(n * L)];
        Span<float> backward = scratch.Slice(n * L, n * L);
        for (int y = 0; y < L; y++)
        {
            forward[y] = BioLabels.IsAllowed(-1, y) ? transitions[y] + emissions[y] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            int row = i * L;
            int previousRow = row - L;
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                for (int p = 0; p < L; p++)
                {
                    if (!BioLabels.IsAllowed(p, y))
                    {
                        continue;
                    }

                    float s = forward[previousRow + p] + transitions[((p + 1) * L) + y];
                    if (s > best)
                    {
                        best = s;
                    }
                }

                forward[row + y] = best + emissions[row + y];
            }
        }

        // Backward: best score of the rest of the sentence after token i given its label.
        int last = (n - 1) * L;
        backward.Slice(last, L).Clear();
        for (int i = n - 2; i >= 0; i--)
        {
            int row = i * L;
            int nextRow = row + L;
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                for (int z = 0; z < L; z++)
                {
                    if (!BioLabels.IsAllowed(y, z))
                    {
                        continue;
                    }

                    float s = transitions[((y + 1) * L) + z] + emissions[nextRow + z] + backward[nextRow + z];
                    if (s > best)
                    {
                        best = s;
                    }
                }

                backward[row + y] = best;
            }
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
            float best = float.NegativeInfinity;
            int bestLabel = 0;
            for (int y = 0; y < L; y++)
            {
                if (!BioLabels.IsAllowed(previous, y))
                {
                    continue;
                }

                // Score of the best path through (i-1, previous) and (i, y).
                float s = forward[row - L + previous] + transitions[((previous + 1) * L) + y] + emissions[row + y] + backward[row + y];
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
                int row = i * L;
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
}
