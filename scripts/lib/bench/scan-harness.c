// The first pass of a 1M-row vector search, timed outside Swift: the int8 scan of
// every row against the 2-bit scan plus the int8 scan of the best 1/64 (random codes;
// only the bytes read and the kernel matter). docs/performance-search.md, target 1:
//   clang -O2 -ISources/CVectorScan/include scripts/lib/bench/scan-harness.c \
//     Sources/CVectorScan/CVectorScan.c -lpthread -o /tmp/scan-harness && /tmp/scan-harness 1000000 9
#include "CVectorScan.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
enum{D=384,W=6,CH=1024};
static size_t N; static int8_t *codes; static float *scales; static uint64_t *bits; static int8_t q[W*64]; static int64_t *sel; static size_t nsel;
typedef struct{int kind; size_t b,e;} job;
static void *run(void*a){job*j=a; float out[CH]; volatile float sink=0;
 for(size_t s=j->b;s<j->e;s+=CH){size_t e=s+CH<j->e?s+CH:j->e;
  if(j->kind==0) vector_scan_int8(codes,scales,D,q,NULL,s,e,out); else vector_scan_2bit(bits,W,q,NULL,s,e,out);
  sink+=out[0];} return NULL;}
static double timed(int kind,int threads){double t=now(); pthread_t th[2]; job js[2];
 for(int i=0;i<threads;i++){js[i]=(job){kind,N*i/threads,N*(i+1)/threads}; pthread_create(&th[i],0,run,&js[i]);}
 for(int i=0;i<threads;i++)pthread_join(th[i],0);
 if(kind==1){float *out=malloc(nsel*4); vector_scan_int8(codes,scales,D,q,sel,0,nsel,out); free(out);}
 return now()-t;}
static int cmp(const void*a,const void*b){double x=*(double*)a,y=*(double*)b;return x<y?-1:x>y;}
int main(int c,char**v){N=c>1?strtoul(v[1],0,10):1000000; int reps=c>2?atoi(v[2]):9;
 codes=malloc(N*D); scales=malloc(N*4); bits=malloc(N*2*W*8); nsel=N/64; sel=malloc(nsel*8);
 srand(1); for(size_t i=0;i<N*D;i++)codes[i]=(int8_t)(rand()%255-127); for(size_t i=0;i<N;i++)scales[i]=1;
 for(size_t i=0;i<N*2*W;i++)bits[i]=((uint64_t)rand()<<32)^rand(); for(int i=0;i<W*64;i++)q[i]=(int8_t)(rand()%255-127);
 for(size_t i=0;i<nsel;i++)sel[i]=(int64_t)(i*64+rand()%64);
 printf("kernel %s, %zu rows, 2 threads\n",vector_scan_kernel(),N);
 for(int kind=0;kind<2;kind++){double t[64];for(int r=0;r<reps;r++)t[r]=timed(kind,2);qsort(t,reps,8,cmp);
  printf("%s: p50 %.1f ms, best %.1f ms\n",kind?"2-bit pass + int8 of N/64 rows":"int8 pass",t[reps/2]*1e3,t[0]*1e3);}
 return 0;}
