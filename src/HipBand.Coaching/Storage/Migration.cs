using System.Globalization;

namespace HipBand.Coaching.Storage;

/// <summary>A numbered SQL file embedded from Storage/Migrations/&lt;engine&gt;/NNNN_name.sql.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    public static IReadOnlyList<Migration> All(string folder)
    {
        var assembly = typeof(Migration).Assembly;
        var prefix = $"{assembly.GetName().Name}.Storage.Migrations.{folder}.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[prefix.Length..^".sql".Length];
                var version = int.Parse(file.Split('_')[0], CultureInfo.InvariantCulture);
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return new Migration(version, file, reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();
    }
}
