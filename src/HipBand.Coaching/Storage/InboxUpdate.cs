namespace HipBand.Coaching.Storage;

/// <summary>An update as it arrived: its id, the chat it is for (0 for none), and the update itself as the transport's JSON.</summary>
public sealed record ArrivedUpdate(long UpdateId, long ChatId, string Payload);

/// <summary>An update stored in the inbox, waiting to be applied; <see cref="Seq"/> is its place in the order of arrival.</summary>
public sealed record InboxUpdate(long Seq, long UpdateId, long ChatId, string Payload, DateTimeOffset ReceivedAt);
