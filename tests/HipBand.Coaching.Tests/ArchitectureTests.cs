using HipBand.Coaching.Tests.Dialog;

namespace HipBand.Coaching.Tests;

/// <summary>The domain's folders stay free of storage: only Storage/ may speak SQL.</summary>
public class ArchitectureTests
{
    private static readonly string[] Forbidden = ["using Dapper", "Microsoft.Data.Sqlite", "System.Data", "DbConnection", "HipBand.Coaching.Storage"];

    [Theory]
    [InlineData("Dialog")]
    [InlineData("Catalog")]
    [InlineData("Progress")]
    [InlineData("Safety")]
    [InlineData("Scheduling")]
    [InlineData("Text")]
    public void A_domain_folder_references_neither_dapper_nor_sqlite_nor_the_storage(string folder)
    {
        var root = Path.Combine(DialogDocumentTests.RepositoryRoot(), "src", "HipBand.Coaching", folder);
        var files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            Assert.All(Forbidden, word => Assert.False(source.Contains(word, StringComparison.Ordinal), $"{Path.GetRelativePath(root, file)} mentions {word}"));
        }
    }
}
