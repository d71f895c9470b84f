using System.Net;
using System.Net.Sockets;

namespace HipBand.Bot.Tests.Support;

/// <summary>A port of 127.0.0.1 free right now, for a bot process that must come back on the same address.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
