using System.Globalization;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Casualties;

/// <summary>
/// The articles the incident model learns from, prepared once, and the k-fold protocol: fold <c>i mod k</c> by
/// position in the union of the files (or by rank in a seeded shuffle, to see other partitions), so no article is
/// scored by a model trained on it.
/// </summary>
internal sealed class IncidentCorpus
{
    private IncidentCorpus(List<PreparedArticle> articles) => Articles = articles;

    public List<PreparedArticle> Articles { get; }

    /// <summary>Reads and labels the articles of <paramref name="paths"/> (comma-separated in the command line).</summary>
    public static IncidentCorpus Load(IEnumerable<string> paths)
    {
        var recognizer = new EntityRecognizer(EntityModel.Default.Tagger, UserDictionary.Empty);
        List<CasualtyArticle> articles = CasualtyArticle.ReadAll(paths);
        var prepared = new PreparedArticle[articles.Count];
        Parallel.For(0, articles.Count, i => prepared[i] = PreparedArticle.Prepare(recognizer, articles[i]));
        return new IncidentCorpus([.. prepared]);
    }

    /// <summary>Splits a comma-separated list of paths.</summary>
    public static string[] SplitPaths(string paths) =>
        paths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The model trained on every article.</summary>
    public IncidentModel TrainAll() => IncidentTrainer.Train(Articles);

    /// <summary>How many articles the rules get right, how many one change gets right, and how many are skipped.</summary>
    public string LabelStatistics()
    {
        int right = Articles.Count(a => a.RulesRight);
        int fixable = Articles.Count(a => !a.RulesRight && a.Usable);
        int changes = Articles.Sum(a => a.Usable ? a.Changes.Count : 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"distant labels     {Articles.Count} articles: the rules give the counts in {right}, one change does in {fixable}, {Articles.Count - right - fixable} are skipped; {changes} changes weighed");
    }

    /// <summary>
    /// Each article summed up by the model of the fold that did not see it, and by the rules alone; prints both-exact
    /// a file, with how many articles the model made right and how many it made wrong, and returns the out-of-fold
    /// predictions in article order.
    /// </summary>
    public (int Killed, int Wounded)[] OutOfFold(int folds, TextWriter output, int? foldSeed = null)
    {
        int[] foldOf = FoldOf(Articles.Count, folds, foldSeed);
        var predictions = new (int Killed, int Wounded)[Articles.Count];
        for (int fold = 0; fold < folds; fold++)
        {
            int held = fold;
            IncidentModel model = IncidentTrainer.Train(Articles.Where((_, i) => foldOf[i] != held));
            for (int i = 0; i < Articles.Count; i++)
            {
                if (foldOf[i] == held)
                {
                    predictions[i] = Articles[i].Summarize(model);
                }
            }
        }

        bool[] rulesRight = Articles.Select(a => Matches(a, a.Summarize(null))).ToArray();
        bool[] learnedRight = Articles.Select((a, i) => Matches(a, predictions[i])).ToArray();
        foreach (IGrouping<string, int> file in Enumerable.Range(0, Articles.Count).GroupBy(i => Articles[i].Article.File))
        {
            int total = file.Count();
            int rules = file.Count(i => rulesRight[i]);
            int learned = file.Count(i => learnedRight[i]);
            int fixedByModel = file.Count(i => !rulesRight[i] && learnedRight[i]);
            int brokenByModel = file.Count(i => rulesRight[i] && !learnedRight[i]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file.Key),-26} both exact: rules {(double)rules / total:0.000} ({rules}/{total}), {folds}-fold out of fold {(double)learned / total:0.000} ({learned}/{total}; the model fixed {fixedByModel}, broke {brokenByModel})"));
        }

        return predictions;
    }

    /// <summary>
    /// The fold of each of <paramref name="count"/> articles: position mod <paramref name="folds"/> (the protocol's
    /// figure), or, with a seed, the rank of the article in a seeded shuffle mod <paramref name="folds"/> (other
    /// partitions, to tell a change from noise).
    /// </summary>
    public static int[] FoldOf(int count, int folds, int? seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOf = new int[count];
        int[] order = Enumerable.Range(0, count).ToArray();
        if (seed is int value)
        {
            new Random(value).Shuffle(order);
        }

        for (int rank = 0; rank < order.Length; rank++)
        {
            foldOf[order[rank]] = rank % folds;
        }

        return foldOf;
    }

    private static bool Matches(PreparedArticle article, (int Killed, int Wounded) summary) =>
        summary.Killed == article.Article.Killed && summary.Wounded == article.Article.Wounded;
}
