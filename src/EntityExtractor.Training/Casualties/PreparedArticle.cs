using EntityExtractor.Casualties;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Training.Casualties;

/// <summary>
/// An article read once for the incident model: the clause reader's figures as the rules judged them, their feature
/// rows, and every change the model weighs (<see cref="IncidentChanges"/>) with its effect and whether it makes the
/// summary reproduce the coded counts (distant supervision).
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

    /// <summary>The figures as the rules judged them (empty when the clause reader found none).</summary>
    public List<RawFigure> Figures { get; }

    /// <summary>One feature row a figure.</summary>
    public float[] Rows { get; }

    /// <summary>The changes that move a total, each with its features and whether it makes the summary right.</summary>
    public List<ChangeExample> Changes { get; } = [];

    /// <summary>Whether the rules' reading already gives the coded counts.</summary>
    public bool RulesRight { get; private set; }

    /// <summary>Whether some reading within one change gives the coded counts: articles where none does teach nothing and are skipped.</summary>
    public bool Usable => RulesRight || Changes.Exists(c => c.Fixes);

    /// <summary>Reads <paramref name="article"/> (entities from <paramref name="recognizer"/>) and labels the changes to its figures.</summary>
    public static PreparedArticle Prepare(EntityRecognizer recognizer, CasualtyArticle article)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(article.Text);
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(article.Text, tokens);
        List<RawFigure> figures = CasualtyExtractor.ReadFigures(article.Text, tokens, sentences, out _) ?? [];
        if (figures.Count == 0)
        {
            return new PreparedArticle(article, tokens, figures, []) { RulesRight = article.Killed == 0 && article.Wounded == 0 };
        }

        IReadOnlyList<Entity> entities = recognizer.Recognize(article.Text, tokens, sentences);
        EntityVictims.Apply(article.Text, tokens, entities, figures);
        if (figures.Count == 0)
        {
            return new PreparedArticle(article, tokens, figures, []) { RulesRight = article.Killed == 0 && article.Wounded == 0 };
        }

        float[] rows = IncidentFeatures.Compute(article.Text, tokens, sentences, new CasualtyContext(article.Date, entities), figures);
        var prepared = new PreparedArticle(article, tokens, figures, rows);
        prepared.Label();
        return prepared;
    }

    /// <summary>The summary's killed and wounded totals (missing as 0) when <paramref name="model"/> revises the rules' reading.</summary>
    public (int Killed, int Wounded) Summarize(IncidentModel? model)
    {
        if (Figures.Count == 0)
        {
            return (0, 0);
        }

        var figures = new List<RawFigure>(Figures);
        model?.Revise(Article.Text, Tokens, Rows, figures);
        CasualtySummary summary = CasualtySummarizer.Summarize(Article.Text, Tokens, figures);
        return (summary.Killed ?? 0, summary.Wounded ?? 0);
    }

    private bool Matches(CasualtySummary summary) => (summary.Killed ?? 0) == Article.Killed && (summary.Wounded ?? 0) == Article.Wounded;

    /// <summary>Every change the model would weigh, with its effect and whether it reproduces the coded counts where the rules do not.</summary>
    private void Label()
    {
        if (Figures.Count > IncidentChanges.MaxArticleFigures)
        {
            return;
        }

        CasualtySummary before = CasualtySummarizer.Summarize(Article.Text, Tokens, Figures);
        RulesRight = Matches(before);
        Span<IncidentChange> changes = stackalloc IncidentChange[IncidentChanges.MaxCandidates];
        for (int f = 0; f < Math.Min(Figures.Count, IncidentChanges.MaxFigures); f++)
        {
            ReadOnlySpan<float> row = Rows.AsSpan(f * IncidentFeatures.Count, IncidentFeatures.Count);
            int count = IncidentChanges.Candidates(Figures[f], row, changes);
            for (int c = 0; c < count; c++)
            {
                CasualtySummary after = IncidentChanges.SummarizeWith(Article.Text, Tokens, Figures, f, changes[c]);
                var features = new float[IncidentChanges.Dimension];
                if (!IncidentChanges.Delta(before, after, features.AsSpan(IncidentFeatures.Count)))
                {
                    continue;
                }

                row.CopyTo(features);
                Changes.Add(new ChangeExample(changes[c], features, !RulesRight && Matches(after)));
            }
        }
    }
}

/// <summary>One change the model weighs: its kind, its features (the figure's, then its effect's) and whether it makes the summary right.</summary>
internal sealed record ChangeExample(IncidentChange Kind, float[] Features, bool Fixes);
