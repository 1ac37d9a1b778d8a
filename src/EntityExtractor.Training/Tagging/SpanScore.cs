using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Tagging;

/// <summary>
/// Exact-span precision/recall/F1 per type and micro-averaged (CoNLL convention: type and both boundaries must match),
/// over Person, Organization and Location: miscellaneous names, gold or predicted, are not scored (as CoNLL-2003
/// results are usually quoted without MISC here, and as <c>Extract</c> returns them by default).
/// </summary>
internal sealed class SpanScore
{
    /// <summary>The types scored.</summary>
    public static readonly EntityType[] ScoredTypes = [EntityType.Person, EntityType.Organization, EntityType.Location];

    private readonly int[] _gold = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _correct = new int[4];

    /// <summary>Adds one sentence; returns, for each scored predicted span in order, whether it was right.</summary>
    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted, List<bool>? predictedCorrect = null)
    {
        var goldSpans = Spans(gold);
        goldSpans.RemoveAll(span => !IsScored(span.Type));
        foreach (var span in goldSpans)
        {
            _gold[(int)span.Type]++;
        }

        foreach (var span in Spans(predicted).Where(span => IsScored(span.Type)))
        {
            _predicted[(int)span.Type]++;
            bool right = goldSpans.Contains(span);
            if (right)
            {
                _correct[(int)span.Type]++;
            }

            predictedCorrect?.Add(right);
        }
    }

    /// <summary>Adds one article's spans as character ranges: a predicted span is right when one gold span has its range and type.</summary>
    public void AddSpans(IReadOnlyCollection<Corpora.GoldSpan> gold, IReadOnlyCollection<Corpora.GoldSpan> predicted)
    {
        foreach (var span in gold.Where(span => IsScored(span.Type)))
        {
            _gold[(int)span.Type]++;
        }

        var goldSet = gold.ToHashSet();
        foreach (var span in predicted.Where(span => IsScored(span.Type)))
        {
            _predicted[(int)span.Type]++;
            if (goldSet.Contains(span))
            {
                _correct[(int)span.Type]++;
            }
        }
    }

    /// <summary>Whether spans of <paramref name="type"/> are scored (not <see cref="EntityType.Miscellaneous"/>).</summary>
    public static bool IsScored(EntityType type) => type != EntityType.Miscellaneous;

    public static List<(int Start, int End, EntityType Type)> Spans(ReadOnlySpan<byte> labels)
    {
        var spans = new List<(int, int, EntityType)>();
        var tagged = new List<TaggedSpan>();
        EntityTagger.CollectSpans(labels, default, 0, tagged);
        foreach (var span in tagged)
        {
            spans.Add((span.FirstToken, span.EndToken, span.Type));
        }

        return spans;
    }

    public double MicroF1 => F1(_correct.Sum(), _predicted.Sum(), _gold.Sum());

    public double F1(EntityType type) => F1(_correct[(int)type], _predicted[(int)type], _gold[(int)type]);

    private static double F1(int correct, int predicted, int gold)
    {
        double p = predicted == 0 ? 0 : (double)correct / predicted;
        double r = gold == 0 ? 0 : (double)correct / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public string Report()
    {
        var lines = new List<string> { $"{"type",-14} {"P",7} {"R",7} {"F1",7} {"gold",7} {"pred",7}" };
        foreach (EntityType type in ScoredTypes)
        {
            lines.Add(Line(type.ToString(), _correct[(int)type], _predicted[(int)type], _gold[(int)type]));
        }

        lines.Add(Line("micro", _correct.Sum(), _predicted.Sum(), _gold.Sum()));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Line(string name, int correct, int predicted, int gold)
    {
        double p = predicted == 0 ? 0 : (double)correct / predicted;
        double r = gold == 0 ? 0 : (double)correct / gold;
        return FormattableString.Invariant($"{name,-14} {p,7:0.0000} {r,7:0.0000} {F1(correct, predicted, gold),7:0.0000} {gold,7} {predicted,7}");
    }
}
