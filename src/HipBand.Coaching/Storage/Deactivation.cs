namespace HipBand.Coaching.Storage;

/// <summary>What marking a blocked chat came to: how many waiting messages were dropped, and whether it is now inactive.</summary>
public sealed record Deactivation(int Dropped, bool Inactive);
