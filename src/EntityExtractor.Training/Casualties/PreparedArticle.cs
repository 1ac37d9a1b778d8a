using EntityExtractor.Casualties;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Training.Casualties;

/// <summary>
/// An article read once for the incident model: the clause reader's figures with the rules' background flags, their
/// feature rows, and (distant supervision) the share of the labelings reproducing the coded counts in which each
/// figure belongs to the lead incident.
/// </summary>
internal sealed class PreparedArticle
{
    private PreparedArticle(CasualtyArticle article, Token[] tokens, List<RawFigure> figures, float[] rows)
    {
        Article = article;
        Tokens = tokens;
        Figures = figures;
        Rows = rows;
    }

    public CasualtyArticle Article { get; }

    public Token[] Tokens { get; }

    /// <summary>The figures as the rules flagged them (empty when the clause reader found none).</summary>
    public List<RawFigure> Figures { get; }

    /// <summary>One feature row a figure.</summary>
    public float[] Rows { get; }

    /// <summary>The distant targets (1 = lead incident), or <see langword="null"/> when no labeling near the rules' reproduces the counts.</summary>
    public float[]? Targets { get; private set; }

    /// <summary>The distant targets of single victims (1 = a new victim, 0 = one counted before), or <see langword="null"/>.</summary>
    public float[]? NewTargets { get; private set; }

    /// <summary>How many background flags the nearest reproducing labelings change from the rules', or -1.</summary>
    public int Flips { get; private set; } = -1;

    /// <summary>Reads <paramref name="article"/> (entities from <paramref name="recognizer"/>) and labels its figures.</summary>
    public static PreparedArticle Prepare(EntityRecognizer recognizer, CasualtyArticle article, int maxFlips)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(article.Text);
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(article.Text, tokens);
        List<RawFigure> figures = CasualtyExtractor.ReadFigures(article.Text, tokens, sentences, out _) ?? [];
        if (figures.Count == 0)
        {
            return new PreparedArticle(article, tokens, figures, []);
        }

        IReadOnlyList<Entity> entities = recognizer.Recognize(article.Text, tokens, sentences);
        float[] rows = IncidentFeatures.Compute(article.Text, tokens, sentences, new CasualtyContext(article.Date, entities), figures);
        var prepared = new PreparedArticle(article, tokens, figures, rows);
        prepared.Label(maxFlips);
        return prepared;
    }

    /// <summary>Whether the summary of <paramref name="figures"/> (their background flags as set) gives the coded killed and wounded counts.</summary>
    public bool Reproduces(List<RawFigure> figures)
    {
        CasualtySummary summary = CasualtySummarizer.Summarize(Article.Text, Tokens, figures);
        return (summary.Killed ?? 0) == Article.Killed && (summary.Wounded ?? 0) == Article.Wounded;
    }

    /// <summary>The summary's killed and wounded totals (missing as 0) when <paramref name="model"/> decides the flags.</summary>
    public (int Killed, int Wounded) Summarize(IncidentModel? model)
    {
        if (Figures.Count == 0)
        {
            return (0, 0);
        }

        var figures = new List<RawFigure>(Figures);
        model?.Relabel(Rows, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(figures));
        CasualtySummary summary = CasualtySummarizer.Summarize(Article.Text, Tokens, figures);
        return (summary.Killed ?? 0, summary.Wounded ?? 0);
    }

    /// <summary>
    /// Searches the labelings that change at most <paramref name="maxFlips"/> of the rules' decisions (a figure's
    /// background flag; a single victim's mention made new, <see cref="Mention.Additive"/>, or a re-mention,
    /// <see cref="Mention.Definite"/>), nearest first. The targets are the shares of the nearest labelings that
    /// reproduce the coded counts in which each figure is lead, and in which each single victim is new.
    /// </summary>
    private void Label(int maxFlips)
    {
        var operations = new List<(int Figure, Change Change)>();
        for (int f = 0; f < Figures.Count; f++)
        {
            RawFigure figure = Figures[f];
            if (figure.Kind == CasualtyKind.Arrested)
            {
                continue;
            }

            operations.Add((f, Change.Background));
            if (IncidentFeatures.IsSingleVictim(figure))
            {
                operations.Add((f, figure.Victims.Mention == Mention.Additive ? Change.Restated : Change.New));
            }
        }

        var work = new List<RawFigure>(Figures);
        var lead = new float[Figures.Count];
        var fresh = new float[Figures.Count];
        bool[] ruleNew = IncidentFeatures.RuleNew(Article.Text, Tokens, Figures);
        int found = 0;
        for (int flips = 0; flips <= Math.Min(maxFlips, operations.Count) && found == 0; flips++)
        {
            if (Choose(operations.Count, flips) > 20_000)
            {
                break;
            }

            foreach (int[] subset in Subsets(operations.Count, flips))
            {
                foreach (int k in subset)
                {
                    Apply(work, operations[k]);
                }

                if (Reproduces(work))
                {
                    found++;
                    for (int f = 0; f < work.Count; f++)
                    {
                        lead[f] += work[f].IsBackground ? 0 : 1;
                        fresh[f] += work[f].Victims.Mention == Figures[f].Victims.Mention ? (ruleNew[f] ? 1 : 0)
                            : work[f].Victims.Mention == Mention.Additive ? 1 : 0;
                    }
                }

                foreach (int k in subset)
                {
                    work[operations[k].Figure] = Figures[operations[k].Figure];
                }
            }

            Flips = found > 0 ? flips : -1;
        }

        if (found > 0)
        {
            for (int f = 0; f < lead.Length; f++)
            {
                lead[f] /= found;
                fresh[f] /= found;
            }

            Targets = lead;
            NewTargets = fresh;
        }
    }

    private static void Apply(List<RawFigure> figures, (int Figure, Change Change) operation)
    {
        RawFigure figure = figures[operation.Figure];
        switch (operation.Change)
        {
            case Change.Background:
                figure.IsBackground = !figure.IsBackground;
                break;
            case Change.New:
                figure.Victims.Mention = Mention.Additive;
                break;
            default:
                figure.Victims.Mention = Mention.Definite;
                break;
        }

        figures[operation.Figure] = figure;
    }

    private static long Choose(int n, int k)
    {
        long result = 1;
        for (int i = 0; i < k; i++)
        {
            result = result * (n - i) / (i + 1);
        }

        return result;
    }

    /// <summary>Every subset of <paramref name="size"/> of 0..n-1, in lexicographic order (the same array, refilled).</summary>
    private static IEnumerable<int[]> Subsets(int n, int size)
    {
        var subset = new int[size];
        for (int i = 0; i < size; i++)
        {
            subset[i] = i;
        }

        while (true)
        {
            yield return subset;
            int j = size - 1;
            while (j >= 0 && subset[j] == n - size + j)
            {
                j--;
            }

            if (j < 0)
            {
                yield break;
            }

            subset[j]++;
            for (int i = j + 1; i < size; i++)
            {
                subset[i] = subset[i - 1] + 1;
            }
        }
    }

    private enum Change
    {
        Background,
        New,
        Restated,
    }
}
