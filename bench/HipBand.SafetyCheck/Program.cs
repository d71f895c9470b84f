using HipBand.Coaching.Safety;

// Measures the safety screen against a file of phrasings kept outside the project, one `expected<TAB>text` per line,
// expected one of redflag, readiness, pain, ask, unwell, none: prints every disagreement, then the agreement per kind,
// red-flag recall, and how many ordinary messages (none) became a stop or a question.
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run --project bench/HipBand.SafetyCheck -- phrases.tsv");
    return 2;
}

var rows = File.ReadLines(args[0]).Select(line => line.Split('\t', 2)).Where(cells => cells.Length == 2).ToList();
var kinds = new SortedDictionary<string, (int Agreed, int Total)>(StringComparer.Ordinal);
var ordinaryStopped = 0;
var ordinaryAsked = 0;
foreach (var (expected, text) in rows.Select(cells => (cells[0].Split(':')[0], cells[1])))
{
    var signal = SafetyClassifier.Classify(text);
    var got = signal.Kind switch
    {
        SafetyKind.RedFlag => "redflag",
        SafetyKind.Readiness => "readiness",
        SafetyKind.Pain => "pain",
        SafetyKind.Sensation => "ask",
        SafetyKind.Unwell => "unwell",
        _ => "none",
    };
    var agreed = got == expected;
    var (a, n) = kinds.GetValueOrDefault(expected);
    kinds[expected] = (a + (agreed ? 1 : 0), n + 1);
    if (expected == "none")
    {
        ordinaryStopped += got is "redflag" or "unwell" ? 1 : 0;
        ordinaryAsked += got is "pain" or "ask" ? 1 : 0;
    }

    if (!agreed)
    {
        Console.WriteLine($"{expected} -> {got}{(signal.Flag is { } flag ? $" ({flag})" : "")}: {text}");
    }
}

Console.WriteLine();
foreach (var (kind, (agreed, total)) in kinds)
{
    Console.WriteLine($"{kind}: {agreed}/{total}");
}

if (kinds.TryGetValue("redflag", out var red))
{
    Console.WriteLine($"red-flag recall: {100.0 * red.Agreed / red.Total:0.0} %");
}

Console.WriteLine($"ordinary messages turned into a stop: {ordinaryStopped}, into a pain question: {ordinaryAsked}");
return 0;
