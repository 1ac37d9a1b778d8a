using System.Globalization;
using System.Text.Json;
using EntityExtractor.Casualties;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Training.Casualties;

/// <summary>
/// <c>evaluate-casualties --data casualties-dev.jsonl [--show-errors N] [--dump-figures out.txt] [--negatives eng.testa] [--list-negatives]</c>:
/// exact-match accuracy of the summary's killed and wounded totals against coded counts (a missing total counts
/// as 0), and the figures emitted on texts that report no casualties (CoNLL-2003 documents). <c>--dump-figures</c>
/// writes every article's summary and figures (offsets, victims, background flag) to a file, so a refactoring can
/// be shown to change nothing by diffing two dumps. <c>--out-of-fold K</c> takes a comma-separated list of files and
/// prints, a file, both-exact of the rules alone and of the incident model when every article is scored by the model
/// trained on the other folds (fold = position mod K over the union of the files), so no article is scored by a
/// model that saw it, with how many articles the model made right and wrong against the rules; <c>--fold-seed S</c>
/// shuffles the articles before the folds are cut, to see whether a change holds on other partitions. An <c>article_date</c> field (yyyy-MM-dd) is passed to the extractor as the publication date.
/// </summary>
internal sealed class EvaluateCasualtiesCommand : ITrainingCommand
{
    public string Name => "evaluate-casualties";

    public string Usage => "--data <casualties-dev.jsonl[,more.jsonl]> [--out-of-fold K [--fold-seed S]] [--show-errors N] [--dump-figures <file>] [--negatives <conll eng.testa>] [--list-negatives] [--rules-only]";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string? data = arguments.Optional("data");
        int showErrors = arguments.Int("show-errors", 0);
        string? dump = arguments.Optional("dump-figures");
        string? negatives = arguments.Optional("negatives");
        bool listNegatives = arguments.Flag("list-negatives");
        int folds = arguments.Int("out-of-fold", 0);
        bool rulesOnly = arguments.Flag("rules-only");
        string? foldSeedText = arguments.Optional("fold-seed");
        arguments.RejectUnknown();
        int? foldSeed = null;
        if (foldSeedText is not null)
        {
            foldSeed = int.TryParse(foldSeedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed)
                ? seed
                : throw new ArgumentException($"--fold-seed takes a whole number, not '{foldSeedText}'.");
        }

        if (data is null && negatives is null)
        {
            throw new ArgumentException("Give --data and/or --negatives.");
        }

        var extractor = NewsEntityExtractor.Create();
        if (data is not null && folds > 1)
        {
            IncidentCorpus corpus = IncidentCorpus.Load(IncidentCorpus.SplitPaths(data));
            Console.WriteLine(corpus.LabelStatistics());
            corpus.OutOfFold(folds, Console.Out, foldSeed);
        }
        else if (data is not null)
        {
            using StreamWriter? dumpWriter = dump is null ? null : new StreamWriter(dump);
            EvaluateCoded(extractor, data, showErrors, dumpWriter, rulesOnly);
        }

        if (negatives is not null)
        {
            EvaluateNegatives(extractor, negatives, listNegatives);
        }

        return 0;
    }

    private static void EvaluateCoded(NewsEntityExtractor extractor, string path, int showErrors, StreamWriter? dump, bool rulesOnly)
    {
        var recognizer = rulesOnly
            ? new EntityRecognizer(EntityModel.Default.Tagger, UserDictionary.Empty)
            : null;
        int total = 0, killedRight = 0, woundedRight = 0, bothRight = 0, zeroTexts = 0, zeroAlarms = 0, shown = 0, several = 0, severalRight = 0;
        foreach (CasualtyArticle article in CasualtyArticle.ReadAll(path))
        {
            (string id, string text, int killed, int wounded) = (article.Id, article.Text, article.Killed, article.Wounded);
            total++;
            (CasualtySummary Summary, IReadOnlyList<CasualtyFigure> Casualties) result;
            if (recognizer is null)
            {
                ExtractionResult extracted = extractor.Extract(text, article.Date);
                result = (extracted.Summary, extracted.Casualties);
            }
            else
            {
                // The rules alone (no incident model), with the same entities Extract gives the casualty stage.
                var tokens = NewsTokenizer.TokenizeToArray(text);
                var sentences = SentenceSplitter.Split(text, tokens);
                var entities = recognizer.Recognize(text, tokens, sentences);
                CasualtyReport report = CasualtyExtractor.RulesOnly.Extract(text, tokens, sentences, new CasualtyContext(article.Date, entities));
                result = (report.Summary, report.Figures);
            }

            int k = result.Summary.Killed ?? 0;
            int w = result.Summary.Wounded ?? 0;
            bool kOk = k == killed;
            bool wOk = w == wounded;
            killedRight += kOk ? 1 : 0;
            woundedRight += wOk ? 1 : 0;
            bothRight += kOk && wOk ? 1 : 0;
            several += result.Summary.SeveralIncidents ? 1 : 0;
            severalRight += result.Summary.SeveralIncidents && kOk && wOk ? 1 : 0;
            if (killed == 0 && wounded == 0)
            {
                zeroTexts++;
                zeroAlarms += result.Casualties.Any(f => !f.IsBackground && f.Kind is CasualtyKind.Killed or CasualtyKind.Wounded) ? 1 : 0;
            }

            if (dump is not null)
            {
                CasualtySummary s = result.Summary;
                dump.WriteLine($"{id}\tgold {killed}/{wounded}\tsummary {s.Killed}/{s.Wounded}/{s.Missing}/{s.Kidnapped}{(s.SeveralIncidents ? " several incidents" : string.Empty)}");
                foreach (CasualtyFigure figure in result.Casualties)
                {
                    dump.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    {figure.Kind} {figure.Count} {figure.Qualifier} [{figure.Start},{figure.End}){(figure.IsBackground ? " background" : string.Empty)} victims=\"{Flatten(figure.Victims ?? string.Empty)}\" \"{Flatten(figure.Text)}\""));
                }
            }

            if ((!kOk || !wOk) && shown < showErrors)
            {
                shown++;
                Console.WriteLine($"--- {id}: gold killed {killed} wounded {wounded}; got killed {k} wounded {w}");
                foreach (CasualtyFigure figure in result.Casualties)
                {
                    Console.WriteLine($"    {figure.Kind,-9} {figure.Count,4} {figure.Qualifier,-13}{(figure.IsBackground ? " [background]" : string.Empty)} \"{Flatten(figure.Text)}\"");
                }
            }
        }

        if (!rulesOnly)
        {
            ReportSpeed(path);
        }

        Console.WriteLine($"articles           {total}");
        Console.WriteLine($"killed exact       {Ratio(killedRight, total)}");
        Console.WriteLine($"wounded exact      {Ratio(woundedRight, total)}");
        Console.WriteLine($"both exact         {Ratio(bothRight, total)}");
        Console.WriteLine($"several incidents  {several} articles, both exact {Ratio(severalRight, several)}; the others {Ratio(bothRight - severalRight, total - several)}");
        if (zeroTexts > 0)
        {
            Console.WriteLine($"false alarms (0/0) {Ratio(zeroAlarms, zeroTexts)}");
        }
    }

    /// <summary>Times tokenizing + sentence splitting against casualty extraction on the same texts (best of eight passes).</summary>
    private static void ReportSpeed(string path)
    {
        var texts = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using var doc = JsonDocument.Parse(line);
                texts.Add(doc.RootElement.GetProperty("text").GetString() ?? string.Empty);
            }
        }

        var prepared = texts.Select(t =>
        {
            var tokens = NewsTokenizer.TokenizeToArray(t);
            return (Text: t, Tokens: tokens, Sentences: SentenceSplitter.Split(t, tokens));
        }).ToList();
        var extractor = NewsEntityExtractor.Create();
        double best = double.MaxValue, bestCasualties = double.MaxValue, bestFull = double.MaxValue, bestRules = double.MaxValue;
        for (int pass = 0; pass < 8; pass++)
        {
            var full = System.Diagnostics.Stopwatch.StartNew();
            foreach (string text in texts)
            {
                _ = extractor.Extract(text);
            }

            bestFull = Math.Min(bestFull, full.Elapsed.TotalMilliseconds);

            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (string text in texts)
            {
                var tokens = NewsTokenizer.TokenizeToArray(text);
                _ = SentenceSplitter.Split(text, tokens);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            foreach (var (text, tokens, sentences) in prepared)
            {
                _ = CasualtyExtractor.Default.Extract(text, tokens, sentences);
            }

            bestCasualties = Math.Min(bestCasualties, watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            foreach (var (text, tokens, sentences) in prepared)
            {
                _ = CasualtyExtractor.RulesOnly.Extract(text, tokens, sentences);
            }

            bestRules = Math.Min(bestRules, watch.Elapsed.TotalMilliseconds);
        }

        long chars = texts.Sum(t => (long)t.Length);
        double rest = Math.Max(1e-3, bestFull - bestCasualties);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"time               tokenize+split {best:0.0} ms, full Extract {bestFull:0.0} ms, casualties {bestCasualties:0.0} ms ({bestCasualties / rest:P0} of the rest of Extract; rules alone {bestRules:0.0} ms) for {chars / 1e6:0.00} M chars"));
    }

    private static void EvaluateNegatives(NewsEntityExtractor extractor, string path, bool list)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No CoNLL file at {path}.", path);
        }

        int documents = 0, withFigures = 0, figures = 0;
        foreach (string document in ReadConllDocuments(path))
        {
            documents++;
            ExtractionResult result = extractor.Extract(document);
            if (result.Casualties.Count == 0)
            {
                continue;
            }

            withFigures++;
            figures += result.Casualties.Count;
            if (list)
            {
                foreach (CasualtyFigure figure in result.Casualties)
                {
                    string sentence = document[figure.Sentence.Start..figure.Sentence.End];
                    Console.WriteLine($"doc {documents}: {figure.Kind} {figure.Count} {figure.Qualifier} \"{Flatten(figure.Text)}\" | {Flatten(sentence)}");
                }
            }
        }

        Console.WriteLine($"negative documents {documents}");
        Console.WriteLine($"documents with a figure {withFigures} ({Ratio(withFigures, documents)}), figures {figures}");
    }

    /// <summary>CoNLL-2003 documents, rebuilt by joining tokens with spaces; lines of a sentence join, sentences break lines.</summary>
    internal static IEnumerable<string> ReadConllDocuments(string path)
    {
        var document = new System.Text.StringBuilder();
        var sentence = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                FlushSentence(document, sentence);
                if (document.Length > 0)
                {
                    yield return document.ToString();
                    document.Clear();
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                FlushSentence(document, sentence);
                continue;
            }

            int space = line.IndexOf(' ', StringComparison.Ordinal);
            sentence.Add(space < 0 ? line : line[..space]);
        }

        FlushSentence(document, sentence);
        if (document.Length > 0)
        {
            yield return document.ToString();
        }
    }

    private static void FlushSentence(System.Text.StringBuilder document, List<string> sentence)
    {
        if (sentence.Count == 0)
        {
            return;
        }

        document.Append(string.Join(' ', sentence)).Append("\n\n");
        sentence.Clear();
    }

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{(double)part / whole:0.000} ({part}/{whole})");

    private static string Flatten(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
