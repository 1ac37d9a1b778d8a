using System.Diagnostics;
using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;
using EntityExtractor.Training.Tagging;

namespace EntityExtractor.Training.Commands;

/// <summary><c>train</c>: learns the entity tagger from CoNLL-2003 and writes the model file the library embeds.</summary>
internal sealed class TrainTaggerCommand : ITrainingCommand
{
    public string Name => "train";

    public string Usage => "--conll-train <eng.train> --conll-dev <eng.testa> [--word-classes <tsv>] [--gazetteers <dir>] [--no-second-pass] [--folds 5] [--epochs 20] [--min-count 1] [--seed n] --out <model.bin>";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string trainPath = arguments.Required("conll-train");
        string devPath = arguments.Required("conll-dev");
        string? classesPath = arguments.Optional("word-classes");
        string? gazetteerPath = arguments.Optional("gazetteers");
        string output = arguments.Required("out");
        int epochs = arguments.Int("epochs", 20);
        int minCount = arguments.Int("min-count", 1);
        bool secondPass = !arguments.Flag("no-second-pass");
        int folds = arguments.Int("folds", 5);
        int seed = arguments.Int("seed", 20261124);
        arguments.RejectUnknown();

        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds,6:0.0}s] {message}"));

        var trainDocuments = ConllReader.ReadFile(trainPath);
        var devDocuments = ConllReader.ReadFile(devPath);
        Log($"read {trainDocuments.Count:N0} training and {devDocuments.Count:N0} dev documents");

        var set = FeatureSet.Lexical;
        WordClassTable? classes = null;
        Gazetteer? gazetteer = null;
        if (classesPath is not null)
        {
            classes = ResourceLoader.ReadWordClasses(classesPath);
            set |= FeatureSet.WordClasses;
            Log($"word classes: {classes.Count:N0} words");
        }

        if (gazetteerPath is not null)
        {
            gazetteer = ResourceLoader.ReadGazetteers(gazetteerPath, Log);
            set |= FeatureSet.Gazetteers;
        }

        var extractor = new FeatureExtractor(set, classes, gazetteer);
        PerceptronTrainer Trainer(bool quiet) => new(extractor, Log) { Epochs = epochs, MinCount = minCount, Seed = seed, Quiet = quiet };
        Log("first pass");
        var firstTrainer = Trainer(false);
        LinearStage first = firstTrainer.Train(NoHints(trainDocuments), NoHints(devDocuments));
        var model = new TaggerModel(set, first, null, classes, gazetteer, new Calibration(1, 0));
        if (secondPass)
        {
            // Document features for training come from out-of-fold first-pass predictions, so the second pass
            // learns how far to trust first-pass output it has not been trained on.
            var outOfFold = new byte[trainDocuments.Count][][];
            for (int fold = 0; fold < folds; fold++)
            {
                var inFold = Enumerable.Range(0, trainDocuments.Count).Where(d => d % folds == fold).ToArray();
                var rest = trainDocuments.Where((_, d) => d % folds != fold).ToArray();
                var foldTrainer = Trainer(true);
                var foldModel = new TaggerModel(set, foldTrainer.Train(NoHints(rest), NoHints(devDocuments)), null, classes, gazetteer, default);
                foreach (int d in inFold)
                {
                    outOfFold[d] = ModelEvaluator.Predict(foldModel, trainDocuments[d]);
                }

                Log(FormattableString.Invariant($"fold {fold + 1}/{folds}: first pass trained on {rest.Length} documents (dev F1 {foldTrainer.BestDevF1:0.0000})"));
            }

            var devFirst = devDocuments.Select(d => ModelEvaluator.Predict(model, d)).ToArray();
            Log("second pass");
            var secondTrainer = Trainer(false);
            LinearStage second = secondTrainer.Train(WithHints(trainDocuments, outOfFold), WithHints(devDocuments, devFirst));
            model = new TaggerModel(set, first, second, classes, gazetteer, new Calibration(1, 0));
        }

        var dev = devDocuments;

        // Calibrate the quantized model exactly as the library runs it.
        var margins = new List<double>();
        var correct = new List<bool>();
        var score = ModelEvaluator.Evaluate(model, dev, margins, correct);
        var calibration = PlattScaling.Fit(margins, correct);
        model = model.WithCalibration(calibration);
        Log(FormattableString.Invariant($"calibration: p = 1 / (1 + exp(-({calibration.A:0.0000} * margin + {calibration.B:0.0000}))) from {margins.Count:N0} dev spans"));
        Console.WriteLine(ModelEvaluator.Reliability(calibration, margins, correct));

        byte[] bytes = model.Write();
        string? directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(output, bytes);
        Log($"wrote {output}: {bytes.Length:N0} bytes, {model.First.FeatureKeys.Length:N0} + {model.Second?.FeatureKeys.Length ?? 0:N0} features, feature set {set}");
        Console.WriteLine("dev (quantized model, exact spans):");
        Console.WriteLine(score.Report());
        return 0;
    }

    private static (LabeledSentence, uint[]?)[] NoHints(IEnumerable<LabeledDocument> documents) =>
        documents.SelectMany(d => d.Sentences).Select(s => (s, (uint[]?)null)).ToArray();

    /// <summary>Each sentence with the document hints computed from first-pass labels of its document.</summary>
    private static (LabeledSentence, uint[]?)[] WithHints(IReadOnlyList<LabeledDocument> documents, byte[][][] firstPass)
    {
        var result = new List<(LabeledSentence, uint[]?)>();
        for (int d = 0; d < documents.Count; d++)
        {
            var layout = new DocumentLayout(documents[d].Sentences);
            byte[] labels = firstPass[d].SelectMany(x => x).ToArray();
            var hints = new uint[labels.Length];
            DocumentHints.Compute(layout.Text, layout.Tokens, labels, hints);
            for (int s = 0; s < layout.Sentences.Count; s++)
            {
                var sentence = layout.Sentences[s];
                result.Add((documents[d].Sentences[s], hints.AsSpan(sentence.FirstToken, sentence.TokenCount).ToArray()));
            }
        }

        return result.ToArray();
    }
}
