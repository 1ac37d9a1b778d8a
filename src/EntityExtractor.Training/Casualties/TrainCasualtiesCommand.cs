namespace EntityExtractor.Training.Casualties;

/// <summary>
/// <c>train-casualties --data a.jsonl,b.jsonl --out casualty-model.bin [--folds K]</c>: trains the incident model on
/// every article of the files (distant supervision from their coded counts: a change to the rules' reading is a
/// positive example when it makes the summary reproduce them) and writes it; with <c>--folds</c>, first prints the
/// k-fold out-of-fold both-exact figure of each file.
/// </summary>
internal sealed class TrainCasualtiesCommand : ITrainingCommand
{
    public string Name => "train-casualties";

    public string Usage => "--data <a.jsonl,b.jsonl> --out <casualty-model.bin> [--folds K]";

    public int Run(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string data = arguments.Required("data");
        string output = arguments.Required("out");
        int folds = arguments.Int("folds", 0);
        arguments.RejectUnknown();
        if (folds is 1 or < 0)
        {
            throw new ArgumentException("--folds takes 2 or more (or 0 for none).");
        }

        IncidentCorpus corpus = IncidentCorpus.Load(IncidentCorpus.SplitPaths(data));
        Console.WriteLine(corpus.LabelStatistics());
        if (folds > 1)
        {
            corpus.OutOfFold(folds, Console.Out);
        }

        byte[] model = corpus.TrainAll().Write();
        File.WriteAllBytes(output, model);
        Console.WriteLine($"wrote {output} ({model.Length} bytes)");
        return 0;
    }
}
