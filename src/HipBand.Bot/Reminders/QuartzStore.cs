using HipBand.Bot.Composition;
using Microsoft.Data.Sqlite;
using Quartz;

namespace HipBand.Bot.Reminders;

/// <summary>
/// Where Quartz keeps its triggers, said once for the host and for the copy to PostgreSQL: with SQLite a file of its
/// own; with PostgreSQL its qrtz_ tables in the state database, clustered, so that several bot processes share them.
/// </summary>
internal static class QuartzStore
{
    /// <summary>Makes the SQLite file's folder and puts the file in WAL mode; nothing on PostgreSQL.</summary>
    public static void Prepare(StorageOptions storage, RemindersOptions options)
    {
        if (storage.Provider == StorageProvider.Postgres)
        {
            return;
        }

        var path = Path.GetFullPath(options.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        UseWriteAheadLog(path);
    }

    /// <remarks>
    /// The drivers are handed over as their factories, not named: a native build keeps no type it cannot see used.
    /// </remarks>
    public static void Configure(IPersistentStoreBuilder store, StorageOptions storage, RemindersOptions options)
    {
        if (storage.Provider == StorageProvider.Postgres)
        {
            // Provisioning copes with another instance creating the tables at the same time.
            store.UsePostgres(Npgsql.NpgsqlFactory.Instance, storage.ConnectionString!);

            // Clustered, each process gets an instance id of its own (Quartz's AUTO: it generates one when none is
            // set), by which the cluster tells its nodes apart; a node silent past the threshold has its work taken over.
            store.UseClustering(c =>
            {
                c.CheckinInterval = options.ClusterCheckinInterval;
                c.CheckinMisfireThreshold = options.ClusterCheckinInterval;
            });
        }
        else
        {
            store.UseSqlite(SqliteFactory.Instance, $"Data Source={Path.GetFullPath(options.SqlitePath)};Default Timeout=30");
        }

        store.ProvisionSchema();

        // Up to the misfire window late (the bot was down), a reminder still fires with its own slot; later ones are
        // misfires and the triggers' DoNothing policy drops them.
        store.ConfigureStore(o => o.MisfireThreshold = options.MisfireWindow);
    }

    /// <summary>
    /// WAL is a property of the database file, so it is set once here, before Quartz opens it: WAL makes each commit one
    /// append instead of a rollback journal's several syncs.
    /// </summary>
    private static void UseWriteAheadLog(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}
