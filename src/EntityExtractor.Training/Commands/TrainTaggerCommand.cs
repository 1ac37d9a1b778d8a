using System.Diagnostics;
using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;
using EntityExtractor.Training.Tagging;

namespace EntityExtractor.Training.Commands;

/// <summary><c>train</c>: learns the entity tagger from CoNLL-2003 and writes the model file the library embeds.</summary>
internal sealed class TrainTaggerCommand : ITrainingCommand
{
    public string Name => "train";

    public string Usage => "--conll-train <eng.train> --conll-dev <eng.testa> [--word-classes <tsv>] [--gazetteers <dir>] [--epochs 15] [--min-count 2] [--seed n] --out <model.bin>";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string trainPath = arguments.Required("conll-train");
        string devPath = arguments.Required("conll-dev");
        string? classesPath = arguments.Optional("word-classes");
        string? gazetteerPath = arguments.Optional("gazetteers");
        string output = arguments.Required("out");
        int epochs = arguments.Int("epochs", 15);
        int minCount = arguments.Int("min-count", 2);
        int seed = arguments.Int("seed", 20261124);
        arguments.RejectUnknown();

        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds,6:0.0}s] {message}"));

        var train = ConllReader.ReadFile(trainPath).SelectMany(d => d.Sentences).ToArray();
        var dev = ConllReader.ReadFile(devPath).SelectMany(d => d.Sentences).ToArray();
        Log($"read {train.Length:N0} training and {dev.Length:N0} dev sentences");

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

        var trainer = new PerceptronTrainer(new FeatureExtractor(set, classes, gazetteer), Log)
        {
            Epochs = epochs,
            MinCount = minCount,
            Seed = seed,
        };
        TaggerModel model = trainer.Train(train, dev, classes, gazetteer);

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
        Log($"wrote {output}: {bytes.Length:N0} bytes, {model.FeatureKeys.Length:N0} features, feature set {set}");
        Console.WriteLine("dev (quantized model, exact spans):");
        Console.WriteLine(score.Report());
        return 0;
    }
}
