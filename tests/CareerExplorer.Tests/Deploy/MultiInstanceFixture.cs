using System.Net;
using CareerExplorer.Tests.Browser;
using CareerExplorer.Tests.Infrastructure;
using Npgsql;
using StackExchange.Redis;

namespace CareerExplorer.Tests.Deploy;

/// <summary>Its own processes and servers, started once; alone, not beside the other heavy fixtures on the two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiInstanceCollection : ICollectionFixture<MultiInstanceFixture>
{
    public const string Name = "MultiInstance";
}

/// <summary>
/// Several instances as the README runs them: two processes of the published app (the build under
/// test, as <see cref="Deployment"/> publishes it), each with the environment of
/// src/deploy/careerexplorer.service, on one fresh PostgreSQL database (which also keeps the
/// data-protection keys) and one Redis (the output cache, under a key prefix of this run's own),
/// behind a real nginx running src/deploy/nginx-careerexplorer-cluster.conf, round robin. Each
/// instance also serves https itself with the test certificate, so a test can reach one of them
/// alone: sign-in needs https in Production, and nginx would choose the instance.
/// </summary>
public sealed class MultiInstanceFixture : IAsyncLifetime
{
    public const string AdminEmail = "cluster-admin@example.org";

    private readonly string _run = Guid.NewGuid().ToString("N");
    private readonly List<AppProcess> _processes = [];
    private NginxServer? _nginx;
    private bool _databaseCreated;

    public string Root { get; } = Directory.CreateTempSubdirectory("careerexplorer-cluster-").FullName;
    public string DatabaseName => $"ce_cluster_{_run}";
    /// <summary>This run's part of Redis: runs (and other tests) on the same server never share a cached page.</summary>
    public string RedisPrefix => $"careerexplorer-test-{_run}:";

    public Instance A { get; private set; } = null!;
    public Instance B { get; private set; } = null!;
    public NginxServer Nginx => _nginx!;

    /// <summary>One instance: its process, the plain-http address nginx forwards to, and its own https address.</summary>
    public sealed record Instance(string Name, AppProcess App, string HttpUrl, string HttpsUrl)
    {
        public int HttpPort => new Uri(HttpUrl).Port;
    }

    public async Task InitializeAsync()
    {
        BrowserFixture.RequireProgram(NginxServer.Program, "Debian's nginx package");
        BrowserFixture.RequireProgram(Deployment.OpenSsl, "Debian's openssl package");
        await TestServers.RequirePostgresAsync();
        await TestServers.RequireRedisAsync();
        await Deployment.ReadyAsync();
        await TestServers.CreateDatabaseAsync(DatabaseName);
        _databaseCreated = true;

        // Both at once on the empty database, as a cluster starts: EF Core's migration lock lets one
        // migrate, and the seeding's transaction waits for its turn to write, so one seeds and the
        // other finds it seeded.
        var a = StartAsync("a");
        var b = StartAsync("b");
        (A, B) = (await a, await b);
        // The first admin, made by the published command as an operator would, while both run.
        await Deployment.CreateAdminAsync(InstanceEnvironment("admin"), AdminEmail);

        _nginx = await NginxServer.StartAsync(Path.Combine(Root, "nginx"), "nginx-careerexplorer-cluster.conf",
            ("server 127.0.0.1:5000;", $"server 127.0.0.1:{A.HttpPort};"),
            ("server 127.0.0.1:5001;", $"server 127.0.0.1:{B.HttpPort};"));
    }

    public async Task DisposeAsync()
    {
        if (_nginx is not null)
            await _nginx.DisposeAsync();
        foreach (var p in _processes)
            await p.DisposeAsync();
        if (_databaseCreated)
            await TestServers.DropDatabaseAsync(DatabaseName);
        await DeleteCachedPagesAsync();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>This run's keys in Redis: the pages expire by themselves, the sets of their tags do not.</summary>
    private async Task DeleteCachedPagesAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis);
        var keys = new List<RedisKey>();
        foreach (var server in redis.GetServers())
            await foreach (var key in server.KeysAsync(pattern: RedisPrefix + "*"))
                keys.Add(key);
        if (keys.Count > 0)
            await redis.GetDatabase().KeyDeleteAsync([.. keys]);
    }

    /// <summary>The environment of one instance (or of a command run beside them).</summary>
    public Dictionary<string, string> InstanceEnvironment(string name) =>
        Deployment.ServiceEnvironment(Root, name, new Dictionary<string, string>(Deployment.KestrelHttpAndHttps)
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Default"] = TestServers.PostgresDatabase(DatabaseName),
            ["ConnectionStrings__Redis"] = TestServers.Redis,
            ["OutputCache__RedisPrefix"] = RedisPrefix,
            // Removed: on PostgreSQL the keys are in the database, which every instance shares; a
            // folder of each instance's own would make a sign-in valid on one instance only.
            ["DataProtection__KeysFolder"] = "",
            // Each instance would otherwise notice the other's changes by the data version within
            // about a second and evict its pages itself; checked only every ten minutes here, what a
            // test sees at once is the eviction in Redis, the one that makes a change show at once.
            ["OutputCache__DataVersionCheckMilliseconds"] = "600000",
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        });

    private async Task<Instance> StartAsync(string name)
    {
        var app = AppProcess.Start(AppProcess.Info(Deployment.PublishFolder, InstanceEnvironment(name)));
        lock (_processes)
            _processes.Add(app);
        await app.ListeningAsync.WaitAsync(TimeSpan.FromMinutes(3));
        return new Instance(name.ToUpperInvariant(), app, await app.ListeningOnAsync("http"), await app.ListeningOnAsync("https"));
    }

    /// <summary>A client of one address; clients given the same <paramref name="cookies"/> share a sign-in, as one browser's tabs do.</summary>
    public static HttpClient Client(string baseUrl, CookieContainer? cookies = null) => DeployFixture.Client(baseUrl, cookies: cookies);

    /// <summary>One value from the shared database, read straight from PostgreSQL.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestServers.PostgresDatabase(DatabaseName));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameter, value) in parameters)
            command.Parameters.AddWithValue(parameter, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
