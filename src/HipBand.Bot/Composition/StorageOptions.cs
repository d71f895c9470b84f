using HipBand.Coaching.Storage;

namespace HipBand.Bot.Composition;

/// <summary>Where state is kept. Section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite file; relative paths are relative to the working directory. Created on first run.</summary>
    public string SqlitePath { get; set; } = "data/hipband.db";

    /// <summary>Full (default): a commit survives a power cut. Normal: it survives a crash of the bot, and commits are cheaper.</summary>
    public SqliteDurability Durability { get; set; } = SqliteDurability.Full;
}
