using System.Diagnostics;
using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;
using EntityExtractor.Training.Tagging;

namespace EntityExtractor.Training.Commands;

/// <summary>
/// <c>train</c>: learns the entity tagger from CoNLL-2003 (optionally with the training split of GMB, corpus-aware:
/// see <see cref="PerceptronTrainer"/>) and writes the model file the library embeds.
/// </summary>
internal sealed class TrainTaggerCommand : ITrainingCommand
{
    public string Name => "train";

    public string Usage => "--conll-train <eng.train> --conll-dev <eng.testa> [--word-classes <tsv>] [--gazetteers <dir>] [--no-second-pass] [--lexicon] [--folds 5] [--epochs 20] [--min-count 1] [--runs 1] [--seed n] [--gmb <ner_dataset.csv> [--gmb-every 1] [--gmb-raw] [--gmb-second-only]] [--word-dropout 0] [--calibration out-of-fold|dev] --out <model.bin>";

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
        bool useLexicon = arguments.Flag("lexicon");
        int folds = arguments.Int("folds", 5);
        int seed = arguments.Int("seed", 20261124);
        int runs = arguments.Int("runs", 1);
        string? gmbPath = arguments.Optional("gmb");
        int gmbEvery = arguments.Int("gmb-every", 1);
        bool gmbRaw = arguments.Flag("gmb-raw");
        bool gmbSecondOnly = arguments.Flag("gmb-second-only");
        double wordDropout = double.Parse(arguments.Optional("word-dropout") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        string calibrationSource = arguments.Optional("calibration") ?? "out-of-fold";
        if (calibrationSource is not ("out-of-fold" or "dev"))
        {
            throw new ArgumentException($"--calibration is out-of-fold or dev, not '{calibrationSource}'.");
        }

        bool calibrateOutOfFold = calibrationSource == "out-of-fold" && secondPass;
        arguments.RejectUnknown();

        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds,6:0.0}s] {message}"));

        var trainDocuments = ConllReader.ReadFile(trainPath).ToList();
        int conllCount = trainDocuments.Count;
        var devDocuments = ConllReader.ReadFile(devPath);
        Log($"read {trainDocuments.Count:N0} training and {devDocuments.Count:N0} dev documents");
        if (gmbPath is not null)
        {
            // Only GMB's training split: every fifth sentence (index mod 5 = 4) is the GMB dev split `evaluate` scores.
            trainDocuments.AddRange(EvaluateTaggerCommand.GmbSplit(GmbReader.ReadFile(gmbPath), "train").Where((_, i) => i % gmbEvery == 0));
            Log($"added {trainDocuments.Count - conllCount:N0} GMB training sentences ({(gmbRaw ? "mixed in raw" : "corpus-aware")})");
        }

        int CorpusOf(int document) => document < conllCount || gmbRaw ? TrainingSentence.GeneralCorpus : 1;

        var resources = ResourceLoader.Load(classesPath, gazetteerPath, Log);
        var set = resources.Features;
        WordClassTable? classes = resources.Classes;
        Gazetteer? gazetteer = resources.Gazetteer;
        uint[]? gazetteerPrefixes = resources.GazetteerPrefixes;

        // The lexicon of names annotated in training: each training document sees the one built without its fold.
        Gazetteer? lexicon = null;
        var foldLexicons = new Gazetteer?[folds];
        if (useLexicon)
        {
            set |= FeatureSet.Lexicon;
            lexicon = LexiconBuilder.Build(trainDocuments);
            for (int fold = 0; fold < folds; fold++)
            {
                foldLexicons[fold] = LexiconBuilder.Build(trainDocuments.Where((_, d) => d % folds != fold));
            }

            Log($"training-name lexicon: {lexicon.Count:N0} names (out-of-fold copies for training)");
        }

        var devExtractor = new FeatureExtractor(set, classes, gazetteer, lexicon);
        var foldExtractors = foldLexicons.Select(l => new FeatureExtractor(set, classes, gazetteer, l)).ToArray();
        var trainSentences = Sentences(trainDocuments, null, d => foldExtractors[d % folds], CorpusOf);
        var devSentences = Sentences(devDocuments, null, _ => devExtractor, _ => TrainingSentence.GeneralCorpus);
        PerceptronTrainer Trainer(bool quiet) => new(Log) { Epochs = epochs, MinCount = minCount, Seed = seed, Runs = runs, Quiet = quiet, WordDropout = wordDropout };

        // With --gmb-second-only the first pass (and its out-of-fold copies) learn from CoNLL alone; GMB joins the second pass.
        (List<double> Margins, List<bool> Correct)? calibrationSpans = null;
        bool InFirstPass(int document) => !gmbSecondOnly || document < conllCount;
        Log("first pass");
        var firstTrainer = Trainer(false);
        LinearStage first = firstTrainer.Train(trainSentences.Where(s => InFirstPass(s.Document)).Select(s => s.Item).ToArray(), devSentences.Select(s => s.Item).ToArray());
        var model = new TaggerModel(set, first, null, classes, gazetteer, new Calibration(1, 0), lexicon);
        if (secondPass)
        {
            // Document features for training come from out-of-fold first-pass predictions, so the second pass
            // learns how far to trust first-pass output it has not been trained on.
            var outOfFold = new byte[trainDocuments.Count][][];
            var foldFirsts = new LinearStage[folds];
            for (int fold = 0; fold < folds; fold++)
            {
                var inFold = Enumerable.Range(0, trainDocuments.Count).Where(d => d % folds == fold && InFirstPass(d)).ToArray();
                var rest = trainSentences.Where(s => s.Document % folds != fold && InFirstPass(s.Document)).Select(s => s.Item).ToArray();
                var foldTrainer = Trainer(true);
                foldFirsts[fold] = foldTrainer.Train(rest, devSentences.Select(s => s.Item).ToArray());
                var foldModel = new TaggerModel(set, foldFirsts[fold], null, classes, gazetteer, default, foldLexicons[fold]);
                foreach (int d in inFold)
                {
                    outOfFold[d] = ModelEvaluator.Predict(foldModel, trainDocuments[d]);
                }

                Log(FormattableString.Invariant($"fold {fold + 1}/{folds}: first pass trained on {rest.Length} sentences (dev F1 {foldTrainer.BestDevF1:0.0000})"));
            }

            // Documents the first pass never saw get its own predictions, out of sample as the folds' are.
            for (int d = 0; d < trainDocuments.Count; d++)
            {
                if (!InFirstPass(d))
                {
                    outOfFold[d] = ModelEvaluator.Predict(model, trainDocuments[d]);
                }
            }

            var devFirst = devDocuments.Select(d => ModelEvaluator.Predict(model, d)).ToArray();
            Log("second pass");
            var secondTrainSentences = Sentences(trainDocuments, outOfFold, d => foldExtractors[d % folds], CorpusOf);
            var secondTrainer = Trainer(false);
            LinearStage second = secondTrainer.Train(
                secondTrainSentences.Select(s => s.Item).ToArray(),
                Sentences(devDocuments, devFirst, _ => devExtractor, _ => TrainingSentence.GeneralCorpus).Select(s => s.Item).ToArray());
            model = new TaggerModel(set, first, second, classes, gazetteer, new Calibration(1, 0), lexicon);

            if (calibrateOutOfFold)
            {
                // Issue #9, item 6: the scores are calibrated on data that no model selection used. Each fold's
                // training documents are tagged by a two-pass model that never saw them (the fold's first pass and a
                // second pass trained on the other folds); dev only chooses those models' epochs, as it does the
                // shipped model's, and is not among the calibration spans.
                var calibrationMargins = new List<double>();
                var calibrationCorrect = new List<bool>();
                for (int fold = 0; fold < folds; fold++)
                {
                    var foldFirstModel = new TaggerModel(set, foldFirsts[fold], null, classes, gazetteer, default, foldLexicons[fold]);
                    var foldDevFirst = devDocuments.Select(d => ModelEvaluator.Predict(foldFirstModel, d)).ToArray();
                    var foldSecond = Trainer(true).Train(
                        secondTrainSentences.Where(s => s.Document % folds != fold).Select(s => s.Item).ToArray(),
                        Sentences(devDocuments, foldDevFirst, _ => foldExtractors[fold], _ => TrainingSentence.GeneralCorpus).Select(s => s.Item).ToArray());
                    var foldModel = new TaggerModel(set, foldFirsts[fold], foldSecond, classes, gazetteer, default, foldLexicons[fold]);
                    var held = Enumerable.Range(0, conllCount).Where(d => d % folds == fold).Select(d => trainDocuments[d]).ToArray();
                    var foldScore = ModelEvaluator.Evaluate(foldModel, held, calibrationMargins, calibrationCorrect);
                    Log(FormattableString.Invariant($"calibration fold {fold + 1}/{folds}: two-pass model tags its {held.Length:N0} held-out CoNLL training documents at F1 {foldScore.MicroF1:0.0000}"));
                }

                calibrationSpans = (calibrationMargins, calibrationCorrect);
            }
        }

        var dev = devDocuments;

        // Calibrate the quantized model exactly as the library runs it: on the out-of-fold training spans, or with
        // --calibration dev (or without a second pass) on the dev spans that also chose the epochs.
        var margins = new List<double>();
        var correct = new List<bool>();
        var score = ModelEvaluator.Evaluate(model, dev, margins, correct);
        var (fitMargins, fitCorrect) = calibrationSpans ?? (margins, correct);
        var calibration = PlattScaling.Fit(fitMargins, fitCorrect);
        model = model.WithCalibration(calibration);
        Log(FormattableString.Invariant($"calibration: p = 1 / (1 + exp(-({calibration.A:0.0000} * margin + {calibration.B:0.0000}))) from {fitMargins.Count:N0} {(calibrationSpans is null ? "dev" : "out-of-fold training")} spans"));
        Console.WriteLine("calibration on the spans it was fitted to:");
        Console.WriteLine(ModelEvaluator.Reliability(calibration, fitMargins, fitCorrect));
        Console.WriteLine("calibration on dev:");
        Console.WriteLine(ModelEvaluator.Reliability(calibration, margins, correct));

        // The shipped gazetteer also lists its phrases' prefixes, so matching at run time stops early. Training
        // tried every length; the two differ only where a token sequence's 32-bit key collides with a phrase.
        if (gazetteer is not null && gazetteerPrefixes is not null)
        {
            model = new TaggerModel(set, model.First, model.Second, classes, gazetteer.WithPrefixes(gazetteerPrefixes), model.Calibration, lexicon);
        }

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

    /// <summary>
    /// Each sentence with its document index, its document hints (computed from first-pass labels of its
    /// document, when given), the feature extractor its document uses and its corpus.
    /// </summary>
    private static List<(int Document, TrainingSentence Item)> Sentences(
        IReadOnlyList<LabeledDocument> documents, byte[][][]? firstPass, Func<int, FeatureExtractor> extractor, Func<int, int> corpus)
    {
        var result = new List<(int, TrainingSentence)>();
        for (int d = 0; d < documents.Count; d++)
        {
            var layout = new DocumentLayout(documents[d].Sentences);
            uint[]? hints = null;
            if (firstPass is not null)
            {
                byte[] labels = firstPass[d].SelectMany(x => x).ToArray();
                hints = new uint[labels.Length];
                DocumentHints.Compute(layout.Text, layout.Tokens, labels, hints);
            }

            for (int s = 0; s < layout.Sentences.Count; s++)
            {
                var sentence = layout.Sentences[s];
                result.Add((d, new TrainingSentence(documents[d].Sentences[s], hints?.AsSpan(sentence.FirstToken, sentence.TokenCount).ToArray(), extractor(d), corpus(d))));
            }
        }

        return result;
    }
}
