// This assembly's Dapper calls (the cluster's LISTEN/NOTIFY) go through Dapper.AOT's build-time mappers too; see
// src/HipBand.Coaching/Storage/DapperAot.cs.
[module: Dapper.DapperAot]
