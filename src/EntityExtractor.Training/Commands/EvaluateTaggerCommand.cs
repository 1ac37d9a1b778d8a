using System.Diagnostics;
using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;
using EntityExtractor.Training.Tagging;

namespace EntityExtractor.Training.Commands;

/// <summary><c>evaluate</c>: exact-span P/R/F1 per type and micro of a model on a corpus.</summary>
internal sealed class EvaluateTaggerCommand : ITrainingCommand
{
    public string Name => "evaluate";

    public string Usage => "[--model <bin>] (--conll <file> | --conllpp <file> | --wikigold <file> | --gmb <ner_dataset.csv> [--gmb-split dev|train|all]) [--errors <file>] [--pipeline-errors <file>] [--e2e-errors <file>]";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string? modelPath = arguments.Optional("model");
        string? conll = arguments.Optional("conll");
        string? conllpp = arguments.Optional("conllpp");
        string? wikigold = arguments.Optional("wikigold");
        string? gmb = arguments.Optional("gmb");
        string split = arguments.Optional("gmb-split") ?? "dev";
        string? errors = arguments.Optional("errors");
        string? pipelineErrors = arguments.Optional("pipeline-errors");
        string? endToEndErrors = arguments.Optional("e2e-errors");
        arguments.RejectUnknown();
        if (new[] { conll, conllpp, wikigold, gmb }.Count(path => path is not null) > 1)
        {
            // One corpus a call: the scores, error files and calibration table are of that corpus alone.
            throw new ArgumentException("Give only one of --conll, --conllpp, --wikigold or --gmb: evaluate scores one corpus a call.");
        }

        var clock = Stopwatch.StartNew();
        TaggerModel? fileModel = modelPath is null ? null : TaggerModel.Read(File.ReadAllBytes(modelPath));
        TaggerModel model = fileModel ?? EmbeddedModel.Default;
        Console.WriteLine(FormattableString.Invariant($"model: {modelPath ?? "embedded"}, {model.FeatureCount:N0} features, {model.FeatureSet}, loaded in {clock.Elapsed.TotalMilliseconds:0} ms"));

        IEnumerable<LabeledDocument> documents;
        IReadOnlyList<ArticleText>? articles = null;
        if (conll is not null)
        {
            documents = ConllReader.ReadFile(conll);
        }
        else if (conllpp is not null)
        {
            var read = ConllppReader.ReadFile(conllpp);
            documents = read.Select(a => a.Labeled);
            articles = read.Select(a => a.Article).ToArray();
        }
        else if (wikigold is not null)
        {
            documents = ConllReader.ReadFile(wikigold);
        }
        else if (gmb is not null)
        {
            documents = GmbSplit(GmbReader.ReadFile(gmb), split);
        }
        else
        {
            throw new ArgumentException("Give one of --conll, --conllpp, --wikigold or --gmb.");
        }

        var list = documents.ToArray();
        var margins = new List<double>();
        var correct = new List<bool>();
        clock.Restart();
        var score = ModelEvaluator.Evaluate(model, list, margins, correct);
        int tokens = list.Sum(d => d.Sentences.Sum(s => s.Count));
        Console.WriteLine(FormattableString.Invariant($"{list.Length:N0} documents, {tokens:N0} tokens, tagged in {clock.Elapsed.TotalSeconds:0.00}s"));
        Console.WriteLine("tagger on gold tokens:");
        Console.WriteLine(score.Report());
        Console.WriteLine("whole recognizer on gold tokens (tagger + place extension + document consistency):");
        Console.WriteLine(ModelEvaluator.EvaluatePipeline(model, list).Report());

        // What a user gets: each article's text (rebuilt from its tokens unless the corpus has offsets) through Extract.
        articles ??= list.Select(ArticleText.FromTokens).ToArray();
        var extract = EndToEndEvaluator.Extractor(fileModel);
        clock.Restart();
        var endToEndScores = new List<double>();
        var endToEndCorrect = new List<bool>();
        var endToEnd = EndToEndEvaluator.Evaluate(extract, articles, endToEndScores, endToEndCorrect);
        Console.WriteLine(FormattableString.Invariant($"end to end (article text through Extract: tokenizer, splitter, recognizer; {clock.Elapsed.TotalSeconds:0.00}s):"));
        Console.WriteLine(endToEnd.Report());
        if (endToEndErrors is not null)
        {
            File.WriteAllLines(endToEndErrors, EndToEndEvaluator.Errors(extract, articles));
        }

        if (errors is not null)
        {
            File.WriteAllLines(errors, ErrorLines(list, d => ModelEvaluator.Predict(model, d)));
        }

        if (pipelineErrors is not null)
        {
            var recognizer = ModelEvaluator.Recognizer(model);
            File.WriteAllLines(pipelineErrors, ErrorLines(list, d => ModelEvaluator.PredictPipeline(recognizer, d)));
        }

        Console.WriteLine("calibration of the tagger's scores on gold tokens:");
        Console.WriteLine(ModelEvaluator.Reliability(model.Calibration, margins, correct));
        Console.WriteLine("calibration of Entity.Score end to end (what Extract returns):");
        Console.WriteLine(ModelEvaluator.Reliability(endToEndScores, endToEndCorrect));
        return 0;
    }

    /// <summary>The GMB split this project holds out as dev: every fifth sentence (sentence index mod 5 == 4).</summary>
    public static IEnumerable<LabeledDocument> GmbSplit(IReadOnlyList<LabeledDocument> sentences, string split) => split switch
    {
        "dev" => sentences.Where((_, i) => i % 5 == 4),
        "train" => sentences.Where((_, i) => i % 5 != 4),
        "all" => sentences,
        _ => throw new ArgumentException($"--gmb-split is dev, train or all, not '{split}'."),
    };

    /// <summary>Sentences where the prediction differs from gold: tokens as word/gold/predicted when they differ.</summary>
    private static IEnumerable<string> ErrorLines(IEnumerable<LabeledDocument> documents, Func<LabeledDocument, byte[][]> predict)
    {
        foreach (var document in documents)
        {
            var predicted = predict(document);
            for (int s = 0; s < document.Sentences.Count; s++)
            {
                var sentence = document.Sentences[s];
                if (sentence.Labels.SequenceEqual(predicted[s]))
                {
                    continue;
                }

                yield return string.Join(' ', sentence.Words.Select((w, i) => sentence.Labels[i] == predicted[s][i]
                    ? (sentence.Labels[i] == 0 ? w : $"{w}/{BioLabels.Name(sentence.Labels[i])}")
                    : $"[{w}/{BioLabels.Name(sentence.Labels[i])}/{BioLabels.Name(predicted[s][i])}]"));
            }
        }
    }
}
